// A Mustache context that remembers every name it could not resolve, so a template naming a
// key the data lacks fails loudly; partials come from the template set and the label catalogue.
#pragma once

#include <kainjow/mustache.hpp>

#include <set>
#include <string>

#include "i18n/catalogue.hpp"
#include "render_md/template_set.hpp"

namespace quire::render_detail {

using Data = kainjow::mustache::data;

class StrictContext : public kainjow::mustache::basic_context<std::string> {
 public:
  StrictContext(const Data* root, const TemplateSet& templates, const Catalogue& labels)
      : templates_(templates), labels_(labels), inner_(root) {}

  void push(const Data* data) override { inner_.push(data); }
  void pop() override { inner_.pop(); }

  const Data* get(const std::string& name) const override {
    const Data* found = inner_.get(name);
    if (!found) missing_keys_.insert(name);
    return found;
  }

  const Data* get_partial(const std::string& name) const override {
    auto cached = partials_.find(name);
    if (cached != partials_.end()) return &cached->second;
    if (const std::string* text = templates_.find(name)) return &partials_.emplace(name, Data(*text)).first->second;
    if (const Label* label = labels_.find(name)) return &partials_.emplace(name, Data(label->text)).first->second;
    missing_partials_.insert(name);
    return nullptr;
  }

  const std::set<std::string>& missing_keys() const { return missing_keys_; }
  const std::set<std::string>& missing_partials() const { return missing_partials_; }

 private:
  const TemplateSet& templates_;
  const Catalogue& labels_;
  kainjow::mustache::context<std::string> inner_;
  mutable std::map<std::string, Data> partials_;
  mutable std::set<std::string> missing_keys_;
  mutable std::set<std::string> missing_partials_;
};

}  // namespace quire::render_detail
