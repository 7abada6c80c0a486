// Builders of the Mustache view (the data a family's templates see) from the model and scores.
#pragma once

#include "base/diagnostics.hpp"
#include "render_md/render.hpp"
#include "render_md/strict_context.hpp"

namespace quire::render_detail {

// The whole view for the inspection's family.
Data build_view(const RenderInputs& in, Diagnostics& diags);

// Helpers shared by the family views.
class ViewHelpers {
 public:
  ViewHelpers(const RenderInputs& in, Diagnostics& diags) : in_(in), diags_(diags) {}

  // A catalogue label's text (no placeholders), or an error when the catalogue lacks it.
  std::string label(const std::string& key) const;
  // The word for a rating on the scale, e.g. "Requires improvement".
  std::string rating_word(const std::string& rating) const;
  // A list of Markdown items as [{text}].
  Data markdown_items(const std::vector<MarkdownText>& items) const;
  // A GFM footnote reference, "[^id]".
  static std::string footnote_ref(const std::string& id) { return "[^" + id + "]"; }
  // 8.5 -> "8.5", 12 -> "12".
  static std::string decimal(double value);
  // Markdown placed inside a block quote: every line behind "> ".
  static std::string block_quoted(const std::string& markdown);
  // The report's glossary: selected terms with this family's wording, as [{term, definition}].
  Data glossary_rows() const;

  const RenderInputs& in() const { return in_; }
  Diagnostics& diags() const { return diags_; }

 private:
  const RenderInputs& in_;
  Diagnostics& diags_;
};

// Each family's view; the pipeline's FamilyRun picks one.
Data family_view(const ViewHelpers& h, const DomainRun& run);
Data family_view(const ViewHelpers& h, const FjiRun& run);
Data family_view(const ViewHelpers& h, const SqsRun& run);
Data family_view(const ViewHelpers& h, const CciRun& run);

}  // namespace quire::render_detail
