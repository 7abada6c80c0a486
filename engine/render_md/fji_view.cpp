// The view of a fji report (templates/fji/).
#include "render_md/views.hpp"

namespace quire::render_detail {

Data family_view(const ViewHelpers& h, const FjiRun& /*run*/) {
  h.diags().error(SourcePos{h.in().inspection.source_file, 0, 0}, "family-not-supported",
                  "no Markdown view for family 'fji' yet");
  return Data{};
}

}  // namespace quire::render_detail
