// Fuzz target: any bytes as the domain-rated report template, rendered over the minimal fixture.
#include <cstddef>
#include <cstdint>
#include <string>

#include "pipeline/pipeline.hpp"
#include "render_md/render.hpp"

namespace {

struct Fixture {
  quire::Options options;
  std::optional<quire::Prepared> prepared;
  Fixture() {
    options.root = QUIRE_SOURCE_ROOT;
    quire::Diagnostics d;
    prepared = quire::prepare(std::string(QUIRE_SOURCE_ROOT) + "/tests/fixtures/minimal.yaml", options, d);
  }
};

const Fixture& fixture() {
  static const Fixture f;
  return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Fixture& f = fixture();
  if (!f.prepared) return 0;
  const std::string report(reinterpret_cast<const char*>(data), size);
  const quire::RenderInputs inputs{f.prepared->inspection, f.prepared->run, f.prepared->labels, f.prepared->glossary,
                                   f.options.root / "templates", false};
  quire::Diagnostics diags;
  quire::render_markdown_with_report(inputs, report, diags);
  return 0;
}
