// Differential fuzz target: any bytes within the input limits, parsed whole (YAML::Load) and in
// parts wherever they can be cut (load_yaml with no size threshold), must give the same tree or
// the same error. Aborts on the first difference.
#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "load/yaml_limits.hpp"
#include "load/yaml_parts.hpp"

namespace {

// The tree, or the error's message and position.
struct Outcome {
  YAML::Node tree;
  std::string error;
};

template <typename Parse>
Outcome outcome_of(Parse parse) {
  Outcome o;
  try {
    o.tree = parse();
  } catch (const YAML::Exception& e) {
    o.error = std::to_string(e.mark.line) + ":" + std::to_string(e.mark.column) + " " + e.msg;
  }
  return o;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace quire::load_detail;
  const std::string source(reinterpret_cast<const char*>(data), size);
  quire::Diagnostics diags;
  if (!check_input_limits("fuzz.yaml", source, InputLimits{}, diags)) return 0;  // as parse_yaml does
  const Outcome whole = outcome_of([&] { return YAML::Load(source); });
  const Outcome parts = outcome_of([&] { return load_yaml(source, 0); });
  if (whole.error != parts.error) {
    std::fprintf(stderr, "errors differ: '%s' whole, '%s' in parts\n", whole.error.c_str(), parts.error.c_str());
    std::abort();
  }
  if (whole.error.empty()) {
    if (const std::string d = first_difference(whole.tree, parts.tree); !d.empty()) {
      std::fprintf(stderr, "trees differ at %s\n", d.c_str());
      std::abort();
    }
  }
  return 0;
}
