// What a family's registry entry (families/NAME/family.hpp) is written in: the model's and the
// scores' variants it is an alternative of, the key tables, and the stage types its pieces take,
// declared here so that an entry names every piece without including the stages that define them.
#pragma once

#include "base/diagnostics.hpp"
#include "i18n/catalogue.hpp"
#include "load/keys.hpp"
#include "model/inspection.hpp"
#include "score/family_run.hpp"

namespace quire {

namespace load_detail {
class YamlReader;
class YamlNode;
}  // namespace load_detail

namespace scaffold {
class Writer;
struct Request;
struct Written;
}  // namespace scaffold

}  // namespace quire
