// One report made once per language, for the bilingual editions (PDF and HTML). Internal to
// pipeline/.
#pragma once

#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "base/diagnostics.hpp"
#include "pipeline/pipeline.hpp"

namespace quire {

// `make(options, diags)` for each of `languages`, in order, with options.language set to it;
// nothing as soon as one fails. Each language reads the same data, so a problem in it is found
// once per language: it is reported once.
template <typename Make>
auto make_each_language(const std::vector<std::string>& languages, const Options& options, Diagnostics& diags,
                        Make make) {
  using Edition = typename std::invoke_result_t<Make, const Options&, Diagnostics&>::value_type;
  std::optional<std::vector<Edition>> made(std::in_place);
  for (const auto& language : languages) {
    Options one = options;
    one.language = language;
    Diagnostics found;
    auto edition = make(one, found);
    diags.append_new(found);
    if (!edition) return std::optional<std::vector<Edition>>();
    made->push_back(std::move(*edition));
  }
  return made;
}

}  // namespace quire
