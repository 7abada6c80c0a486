#include "translate/inline_codes.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <set>

namespace quire::translate {

namespace {

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// The end (one past `)`) of a link "[text](target)" whose `[` is at `at`, and where its `]` is.
std::optional<std::pair<std::size_t, std::size_t>> link_at(std::string_view s, std::size_t at) {
  int depth = 0;
  for (std::size_t i = at; i < s.size(); ++i) {
    if (s[i] == '\\') { ++i; continue; }
    if (s[i] == '[') ++depth;
    if (s[i] == ']' && --depth == 0) {
      if (i + 1 >= s.size() || s[i + 1] != '(') return std::nullopt;
      const std::size_t close = s.find(')', i + 2);
      if (close == std::string_view::npos) return std::nullopt;
      return std::make_pair(i, close + 1);
    }
  }
  return std::nullopt;
}

class Encoder {
 public:
  explicit Encoder(std::string_view s) : s_(s) {}

  CodedText run() {
    for (std::size_t i = 0; i < s_.size();) i = step(i);
    // An emphasis never closed was a literal `*` or `_` after all.
    unopen(0);
    return merge_text(std::move(out_));
  }

 private:
  std::size_t step(std::size_t i) {
    const char c = s_[i];
    if (c == '\\' && i + 1 < s_.size()) return text(i, 2);
    if (auto close = link_closes_.find(i); close != link_closes_.end()) {
      out_.pieces.push_back(Piece{Piece::Kind::close, "", close->second.first});
      return close->second.second;
    }
    if (c == '`') return code_span(i);
    if (s_.substr(i, 2) == "{{") {  // a label's Mustache tag: {{area}}, {{{text}}}, {{> partial}}
      const bool triple = s_.substr(i, 3) == "{{{";
      const std::size_t end = s_.find(triple ? "}}}" : "}}", i);
      if (end != std::string_view::npos) return standalone(i, end + (triple ? 3 : 2), "x-mustache");
    }
    if (c == '[' && s_.substr(i, 2) == "[^") {
      const std::size_t end = s_.find(']', i);
      if (end != std::string_view::npos) return standalone(i, end + 1, "x-footnote");
    }
    if (c == '[') {
      if (const auto link = link_at(s_, i)) {
        const int id = add_code(InlineCode{"[", std::string(s_.substr(link->first, link->second - link->first)), "link"});
        out_.pieces.push_back(Piece{Piece::Kind::open, "", id});
        link_closes_[link->first] = {id, link->second};
        return i + 1;
      }
    }
    if (c == '*' || c == '_') return emphasis(i);
    return text(i, 1);
  }

  std::size_t text(std::size_t i, std::size_t n) {
    out_.pieces.push_back(Piece{Piece::Kind::text, std::string(s_.substr(i, n)), 0});
    return i + n;
  }

  std::size_t standalone(std::size_t from, std::size_t to, const char* ctype) {
    const int id = add_code(InlineCode{std::string(s_.substr(from, to - from)), "", ctype});
    out_.pieces.push_back(Piece{Piece::Kind::standalone, "", id});
    return to;
  }

  std::size_t code_span(std::size_t i) {
    std::size_t run = 0;
    while (i + run < s_.size() && s_[i + run] == '`') ++run;
    const std::size_t close = s_.find(std::string(run, '`'), i + run);
    if (close == std::string_view::npos) return text(i, run);
    return standalone(i, close + run, "x-code");
  }

  std::size_t emphasis(std::size_t i) {
    const char c = s_[i];
    std::size_t run = 0;
    while (i + run < s_.size() && s_[i + run] == c) ++run;
    const std::string delimiter(run >= 2 ? 2 : 1, c);
    const bool before_word = i > 0 && word_char(s_[i - 1]);
    const bool after_word = i + run < s_.size() && word_char(s_[i + run]);
    // `_` inside a word (snake_case, a URL) is a letter, not emphasis.
    if (c == '_' && before_word && after_word) return text(i, run);
    const std::size_t n = delimiter.size();
    for (auto it = open_emphasis_.rbegin(); it != open_emphasis_.rend(); ++it) {
      if (it->first != delimiter || i == 0 || s_[i - 1] == ' ') continue;
      const auto at = static_cast<std::size_t>(std::distance(open_emphasis_.begin(), std::next(it).base()));
      const int id = out_.pieces[open_emphasis_[at].second].id;
      unopen(at + 1);  // openings inside this one that never closed
      open_emphasis_.pop_back();
      out_.pieces.push_back(Piece{Piece::Kind::close, "", id});
      return i + n;
    }
    if (i + n >= s_.size() || s_[i + n] == ' ' || s_[i + n] == '\n') return text(i, n);
    const int id = add_code(InlineCode{delimiter, delimiter, n == 2 ? "bold" : "italic"});
    open_emphasis_.emplace_back(delimiter, out_.pieces.size());
    out_.pieces.push_back(Piece{Piece::Kind::open, "", id});
    return i + n;
  }

  // Turns the openings from `from` on back into the text they were.
  void unopen(std::size_t from) {
    for (std::size_t k = from; k < open_emphasis_.size(); ++k) {
      Piece& piece = out_.pieces[open_emphasis_[k].second];
      out_.codes.erase(piece.id);
      piece = Piece{Piece::Kind::text, open_emphasis_[k].first, 0};
    }
    open_emphasis_.resize(std::min(from, open_emphasis_.size()));
  }

  int add_code(InlineCode code) {
    const int id = next_id_++;
    out_.codes[id] = std::move(code);
    return id;
  }

  static CodedText merge_text(CodedText in) {
    CodedText out;
    out.codes = std::move(in.codes);
    for (auto& p : in.pieces) {
      if (p.kind == Piece::Kind::text && !out.pieces.empty() && out.pieces.back().kind == Piece::Kind::text)
        out.pieces.back().text += p.text;
      else
        out.pieces.push_back(std::move(p));
    }
    return out;
  }

  std::string_view s_;
  CodedText out_;
  int next_id_ = 1;
  std::vector<std::pair<std::string, std::size_t>> open_emphasis_;  // delimiter, piece index
  std::map<std::size_t, std::pair<int, std::size_t>> link_closes_;  // `]` offset -> id, resume offset
};

}  // namespace

CodedText encode_inline(std::string_view markdown) { return Encoder(markdown).run(); }

CodedText encode_matching(std::string_view text, const CodedText& english) {
  CodedText coded = encode_inline(text);
  std::map<int, int> renumbered;  // this text's id -> the English's
  std::set<int> taken;
  for (const auto& [id, code] : coded.codes)
    for (const auto& [english_id, english_code] : english.codes)
      if (!taken.count(english_id) && english_code.open == code.open && english_code.close == code.close) {
        renumbered[id] = english_id;
        taken.insert(english_id);
        break;
      }
  CodedText out;
  for (Piece p : coded.pieces) {
    if (p.kind != Piece::Kind::text && !renumbered.count(p.id)) {
      const InlineCode& code = coded.codes.at(p.id);
      p = Piece{Piece::Kind::text, p.kind == Piece::Kind::close ? code.close : code.open, 0};
    } else if (p.kind != Piece::Kind::text) {
      out.codes[renumbered.at(p.id)] = coded.codes.at(p.id);
      p.id = renumbered.at(p.id);
    }
    out.pieces.push_back(std::move(p));
  }
  return out;
}

namespace {

// The characters a translator's text has escaped: the ones that would start Markdown inline syntax
// (emphasis, code, links, raw HTML, strikethrough, entities) or escape the next.
bool escaped_in_text(char c) {
  return c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '~' || c == '&';
}

// Whether `text` at `i` ('<') begins an autolink (<https://...>, <name@example.org>), which a
// translator keeps as it is, unlike a tag-like "<YOT>".
bool autolink_at(std::string_view text, std::size_t i) {
  const std::size_t close = text.find('>', i);
  if (close == std::string_view::npos) return false;
  const std::string_view inside = text.substr(i + 1, close - i - 1);
  if (inside.find_first_of(" \t\n<") != std::string_view::npos) return false;
  const std::size_t colon = inside.find(':');
  const bool uri = colon != std::string_view::npos && colon >= 2 && std::isalpha(static_cast<unsigned char>(inside[0]));
  const std::size_t at = inside.find('@');
  return uri || (at != std::string_view::npos && at > 0 && inside.find('.', at) != std::string_view::npos);
}

// Whether `text` at `i` ('[') could open a link or a footnote reference: "[^", or a later ']'
// followed by '(' or '['. A bracket that opens neither ("[Noder: ...]") is printed as it is.
bool link_opens_at(std::string_view text, std::size_t i) {
  if (i + 1 < text.size() && text[i + 1] == '^') return true;
  for (std::size_t j = text.find(']', i); j != std::string_view::npos; j = text.find(']', j + 1))
    if (j + 1 < text.size() && (text[j + 1] == '(' || text[j + 1] == '[')) return true;
  return false;
}

// Whether `text` at `i` begins an entity reference ("&amp;", "&#160;"), which Markdown resolves.
bool entity_at(std::string_view text, std::size_t i) {
  std::size_t j = i + 1;
  if (j < text.size() && text[j] == '#') ++j;
  const std::size_t start = j;
  while (j < text.size() && std::isalnum(static_cast<unsigned char>(text[j]))) ++j;
  return j > start && j < text.size() && text[j] == ';';
}

}  // namespace

std::string plain_text(std::string_view markdown) {
  static constexpr std::pair<std::string_view, char> entities[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'},
                                                                   {"&quot;", '"'}};
  std::string out;
  for (std::size_t i = 0; i < markdown.size(); ++i) {
    if (markdown[i] == '\\' && i + 1 < markdown.size() && escaped_in_text(markdown[i + 1])) {
      out += markdown[++i];
      continue;
    }
    bool entity = false;
    for (const auto& [name, c] : entities)
      if (markdown.substr(i, name.size()) == name) {
        out += c;
        i += name.size() - 1;
        entity = true;
        break;
      }
    if (!entity) out += markdown[i];
  }
  return out;
}

std::string markdown_text(std::string_view plain, bool at_line_start) {
  std::string out;
  for (std::size_t i = 0; i < plain.size(); ++i) {
    const char c = plain[i];
    std::size_t j = i;  // only spaces between a line's start and a list item's marker
    while (j > 0 && plain[j - 1] == ' ') --j;
    const bool line_start = j == 0 ? at_line_start : plain[j - 1] == '\n';
    bool escape = escaped_in_text(c);
    if (c == '\\') escape = i + 1 == plain.size() || plain[i + 1] == '\n' || escaped_in_text(plain[i + 1]);
    if (c == '&') escape = entity_at(plain, i);
    if (c == '<') {  // only what Markdown would read as a tag: '<' before a letter, '/', '!' or '?'
      const char next = i + 1 < plain.size() ? plain[i + 1] : ' ';
      escape = (std::isalpha(static_cast<unsigned char>(next)) || next == '/' || next == '!' || next == '?') &&
               !autolink_at(plain, i);
    }
    if (c == '[') escape = link_opens_at(plain, i);
    if (c == ']') escape = false;  // harmless once its '[' is escaped or opens nothing
    if (c == '*' && line_start && i + 1 < plain.size() && plain[i + 1] == ' ') escape = false;
    if (escape) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace quire::translate
