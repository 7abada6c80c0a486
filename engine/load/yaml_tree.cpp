#include "load/yaml_tree.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <deque>
#include <istream>
#include <optional>
#include <streambuf>
#include <vector>

#include "base/text.hpp"
#include "load/yaml_limits.hpp"

namespace quire::load_detail {

enum class YamlKind : unsigned char { null, scalar, sequence, map };

struct YamlData {
  YamlKind kind = YamlKind::null;
  YamlMark mark;
  std::string scalar;
  std::vector<YamlEntry> entries;
};

// A deque never moves what it holds, so handles stay valid while nodes are added.
struct YamlArena {
  std::deque<YamlData> nodes;
};

namespace {

const std::string kEmpty;

bool is(const YamlData* d, YamlKind kind) { return d && d->kind == kind; }

// Builds the tree as yaml-cpp's NodeBuilder builds YAML::Node, from the same events.
class TreeBuilder : public YAML::EventHandler {
 public:
  explicit TreeBuilder(YamlArena& arena) : arena_(arena) {}

  const YamlData* root() const { return root_; }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { add(make(YamlKind::null, mark, anchor)); }
  void OnAlias(const YAML::Mark&, YAML::anchor_t anchor) override {
    // The parser has already refused an alias to an anchor it has not seen.
    add(anchors_.at(anchor));
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string& value) override {
    YamlData* d = make(YamlKind::scalar, mark, anchor);
    d->scalar = value;
    add(d);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open_.push_back(Open{make(YamlKind::sequence, mark, anchor), nullptr});
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open_.push_back(Open{make(YamlKind::map, mark, anchor), nullptr});
  }
  void OnMapEnd() override { close(); }

 private:
  // A collection being filled, and a map's key waiting for its value.
  struct Open {
    YamlData* node;
    const YamlData* key;
  };

  YamlData* make(YamlKind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    YamlData& d = arena_.nodes.emplace_back();
    d.kind = kind;
    d.mark = YamlMark{mark.pos, mark.line, mark.column};
    // Anchors are numbered 1, 2, ... in the order they appear (0 is none), and registered when
    // their node starts, as NodeBuilder does, so an alias inside the node refers to it.
    if (anchor != YAML::NullAnchor) {
      if (anchors_.size() <= anchor) anchors_.resize(anchor + 1, nullptr);
      anchors_[anchor] = &d;
    }
    return &d;
  }

  void add(const YamlData* node) {
    if (open_.empty()) {
      if (!root_) root_ = node;
      return;
    }
    Open& top = open_.back();
    if (top.node->kind == YamlKind::sequence) {
      top.node->entries.push_back(YamlEntry{YamlNode(node), {}, {}});
    } else if (!top.key) {
      top.key = node;
    } else {
      top.node->entries.push_back(YamlEntry{YamlNode(), YamlNode(top.key), YamlNode(node)});
      top.key = nullptr;
    }
  }

  void close() {
    YamlData* done = open_.back().node;
    open_.pop_back();
    if (done->kind == YamlKind::map) expand_merges(*done);
    add(done);
  }

  // YAML's merge key, "<<: *defaults" (or "<<: [*a, *b]"): the keys of the map named are added
  // where this map does not give them itself, the first map named winning, as YAML 1.1 has it and
  // as people who know YAML write it. A "<<" whose value is no map is left for the reader to report.
  static void expand_merges(YamlData& map) {
    std::vector<YamlEntry> own, merged;
    for (const YamlEntry& e : map.entries) {
      if (!(e.first.IsScalar() && e.first.Scalar() == "<<")) {
        own.push_back(e);
      } else if (e.second.IsMap()) {
        merged.insert(merged.end(), e.second.begin(), e.second.end());
      } else if (e.second.IsSequence() && std::all_of(e.second.begin(), e.second.end(), [](const YamlEntry& m) {
                   return m.IsMap();
                 })) {
        for (const YamlEntry& m : e.second) merged.insert(merged.end(), m.begin(), m.end());
      } else {
        own.push_back(e);
      }
    }
    if (own.size() == map.entries.size()) return;
    const auto has = [&](const YamlNode& key) {
      return std::any_of(own.begin(), own.end(), [&](const YamlEntry& o) {
        return o.first.IsScalar() && key.IsScalar() && o.first.Scalar() == key.Scalar();
      });
    };
    for (const YamlEntry& m : merged)
      if (!has(m.first)) own.push_back(m);
    map.entries = std::move(own);
  }

  YamlArena& arena_;
  std::vector<const YamlData*> anchors_;
  std::vector<Open> open_;
  const YamlData* root_ = nullptr;
};

// Reads the file's text where it is, without copying it into a stream.
class TextBuf : public std::streambuf {
 public:
  explicit TextBuf(const std::string& text) {
    char* begin = const_cast<char*>(text.data());  // only read: the get area is never written
    setg(begin, begin, begin + text.size());
  }
};

// The tab in the indentation of line `line` (1-based) of `text`, if there is one. yaml-cpp reports
// a tab-indented line as "illegal map value", "illegal block entry" and the like, at some column
// past the tab; an editor that indents with tabs makes the whole file so, and its user needs to
// hear the word "tab". (A tab after a block scalar's indentation is text, and no error.)
std::optional<LineColumn> tab_indenting(const std::string& text, int line) {
  std::size_t start = 0;
  for (int l = 1; l < line; ++l) {
    start = text.find('\n', start);
    if (start == std::string::npos) return std::nullopt;
    ++start;
  }
  std::size_t i = start;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  const std::size_t tab = text.find('\t', start);
  if (tab >= i) return std::nullopt;
  return LineColumn{line, static_cast<int>(tab - start) + 1};
}

}  // namespace

bool YamlNode::IsNull() const { return is(data_, YamlKind::null); }
bool YamlNode::IsScalar() const { return is(data_, YamlKind::scalar); }
bool YamlNode::IsSequence() const { return is(data_, YamlKind::sequence); }
bool YamlNode::IsMap() const { return is(data_, YamlKind::map); }

const std::string& YamlNode::Scalar() const { return IsScalar() ? data_->scalar : kEmpty; }

YamlMark YamlNode::Mark() const { return data_ ? data_->mark : YamlMark{}; }

std::size_t YamlNode::size() const { return IsMap() || IsSequence() ? data_->entries.size() : 0; }

YamlNode YamlNode::operator[](std::string_view key) const {
  if (!IsMap()) return YamlNode();
  for (const YamlEntry& entry : data_->entries)
    if (entry.first.IsScalar() && entry.first.Scalar() == key) return entry.second;
  return YamlNode();
}

YamlNode YamlNode::operator[](std::size_t index) const {
  if (!IsSequence() || index >= data_->entries.size()) return YamlNode();
  return data_->entries[index];
}

const YamlEntry* YamlNode::begin() const {
  return IsMap() || IsSequence() ? data_->entries.data() : nullptr;
}

const YamlEntry* YamlNode::end() const {
  return IsMap() || IsSequence() ? data_->entries.data() + data_->entries.size() : nullptr;
}

YamlDocument::YamlDocument() = default;
YamlDocument::YamlDocument(YamlNode root, std::unique_ptr<YamlArena> arena)
    : YamlNode(root), arena_(std::move(arena)) {}
YamlDocument::YamlDocument(YamlDocument&&) noexcept = default;
YamlDocument& YamlDocument::operator=(YamlDocument&&) noexcept = default;
YamlDocument::~YamlDocument() = default;

std::optional<YamlDocument> parse_yaml(const std::string& file, const std::string& source, Diagnostics& diags) {
  if (!check_input_limits(file, source, InputLimits{}, diags)) return std::nullopt;
  auto arena = std::make_unique<YamlArena>();
  try {
    TextBuf buf(source);
    std::istream in(&buf);
    YAML::Parser parser(in);
    TreeBuilder builder(*arena);
    // An empty file (no document) is a root that is null and has no mark, as YAML::Load gives.
    if (!parser.HandleNextDocument(builder) || !builder.root()) {
      YamlData& empty = arena->nodes.emplace_back();
      return YamlDocument(YamlNode(&empty), std::move(arena));
    }
    return YamlDocument(YamlNode(builder.root()), std::move(arena));
  } catch (const YAML::DeepRecursion& e) {
    diags.error(SourcePos{file, e.mark.line + 1, e.mark.column + 1}, "nesting-limit",
                "nesting too deep for the YAML parser");
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    SourcePos pos{file, e.mark.line + 1, e.mark.column + 1};
    if (e.mark.is_null()) pos = SourcePos{file, 0, 0};
    if (const auto tab = e.mark.is_null() ? std::nullopt : tab_indenting(source, pos.line)) {
      diags.error(SourcePos{file, tab->line, tab->column}, "tab-indent",
                  "a tab indents this line; YAML indents with spaces only: replace the tab with spaces (set "
                  "your editor to insert spaces for the Tab key)");
      return std::nullopt;
    }
    diags.error(pos, "yaml-syntax", "invalid YAML: " + e.msg);
    return std::nullopt;
  }
}

}  // namespace quire::load_detail
