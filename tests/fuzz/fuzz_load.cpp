// Fuzz target: any bytes as an inspection file, through loading, every check and scoring.
#include <cstddef>
#include <cstdint>
#include <string>

#include "load/load.hpp"
#include "pipeline/families.hpp"
#include "pipeline/link_check.hpp"

namespace {

const quire::Glossary& glossary() {
  static const quire::Glossary g = [] {
    quire::Diagnostics d;
    return load_glossary(std::string(QUIRE_SOURCE_ROOT) + "/data/glossary.yaml", d).value_or(quire::Glossary{});
  }();
  return g;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string source(reinterpret_cast<const char*>(data), size);
  quire::Diagnostics diags;
  // No case file is ever found in this folder: the fuzzer explores the YAML, not the file system.
  auto in = quire::load_inspection_text("fuzz.yaml", source, "/nonexistent/quire-fuzz", diags);
  if (!in) return 0;
  quire::check_footnotes(*in, {}, diags);
  quire::check_glossary_selection(*in, glossary(), diags);
  quire::check_acronyms(*in, glossary(), diags);
  quire::check_links(*in, diags);
  quire::check_raw_html(*in, diags);
  const std::string rules = std::string(QUIRE_SOURCE_ROOT) + "/data/rules/" + in->rules.value + ".yaml";
  if (in->rules.value == "domain-2018") quire::run_family(*in, rules, diags);
  return 0;
}
