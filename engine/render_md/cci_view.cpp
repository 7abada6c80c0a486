// The view of a cci report (templates/cci/).
#include "render_md/views.hpp"

namespace quire::render_detail {

Data family_view(const ViewHelpers& h, const CciRun& /*run*/) {
  h.diags().error(SourcePos{h.in().inspection.source_file, 0, 0}, "family-not-supported",
                  "no Markdown view for family 'cci' yet");
  return Data{};
}

}  // namespace quire::render_detail
