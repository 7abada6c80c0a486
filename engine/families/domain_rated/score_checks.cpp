#include "families/domain_rated/score_checks.hpp"

#include <algorithm>

#include "base/text.hpp"

namespace quire::score_detail {

namespace {

const FrameworkDomain* find_domain(const DomainRules& rules, int number) {
  for (const auto& d : rules.domains)
    if (d.number == number) return &d;
  return nullptr;
}

bool is_not_rated(const std::vector<NotRatedDomain>& not_rated, int number) {
  return std::any_of(not_rated.begin(), not_rated.end(), [&](const NotRatedDomain& d) { return d.number == number; });
}

// The domain that examines a sample, or nullptr when the framework has no such sample.
const FrameworkDomain* domain_of_sample(const DomainRules& rules, const std::string& key) {
  for (const auto& d : rules.domains)
    if (std::find(d.samples.begin(), d.samples.end(), key) != d.samples.end()) return &d;
  return nullptr;
}

}  // namespace

std::vector<NotRatedDomain> check_not_rated(const Inspection& in, const DomainRules& rules, Diagnostics& diags) {
  std::vector<NotRatedDomain> out;
  for (const auto& d : domain_report(in).domains) {
    if (!d.not_rated || d.number.pos.line == 0) continue;  // an unreadable number is reported already
    const FrameworkDomain* fd = find_domain(rules, d.number.value);
    if (!fd) {
      diags.error(d.number.pos, "unknown-domain",
                  "domain " + std::to_string(d.number.value) + " is not a domain of " + rules.name);
      continue;
    }
    if (!fd->may_be_not_rated) {
      diags.error(d.not_rated->pos, "domain-must-be-rated",
                  "domain " + std::to_string(fd->number) + " of " + rules.name +
                      " is always rated; the rules let no inspection leave it not rated");
      continue;
    }
    out.push_back(NotRatedDomain{fd->number, d.not_rated->text});
  }
  return out;
}

void check_structure(const Inspection& in, const DomainRules& rules, const std::vector<NotRatedDomain>& not_rated,
                     Diagnostics& diags) {
  std::vector<std::string> known;
  for (const auto& d : rules.domains)
    for (const auto& s : d.standards) known.push_back(s.number);
  std::set<std::string> seen;
  for (const auto& d : domain_report(in).domains) {
    for (const auto& s : d.standards) {
      if (s.number.pos.line == 0) continue;  // no readable number: the loader has reported it
      const FrameworkDomain* fd = rules.domain_of(s.number.value);
      if (!fd) {
        std::string message = "unknown standard '" + s.number.value + "' in " + rules.name;
        if (auto near = closest_match(s.number.value, known)) message += "; did you mean '" + *near + "'?";
        diags.error(s.number.pos, "unknown-standard", message);
      } else if (fd->number != d.number.value) {
        diags.error(s.number.pos, "standard-in-wrong-domain",
                    "standard " + s.number.value + " belongs to domain " + std::to_string(fd->number) +
                        ", not domain " + std::to_string(d.number.value));
      }
      if (!seen.insert(s.number.value).second)
        diags.error(s.number.pos, "duplicate-standard", "standard " + s.number.value + " appears twice");
    }
  }
  for (const auto& d : rules.domains) {
    if (is_not_rated(not_rated, d.number)) continue;
    // Shown at the domain's 'standards' list, or the 'domains' list when the domain is absent.
    SourcePos at = domain_report(in).domains_pos;
    for (const auto& data : domain_report(in).domains)
      if (data.number.value == d.number && data.standards_pos.line > 0) at = data.standards_pos;
    if (at.line == 0) return;  // no 'domains' list: the loader has said so once
    for (const auto& s : d.standards)
      if (!seen.count(s.number))
        diags.error(at, "missing-standard",
                    "standard " + s.number + " of " + rules.name + " is missing from 'domains'");
  }
}

void check_case_counts(const Inspection& in, const DomainRules& rules, const CaseTallies& tallies,
                       const std::vector<NotRatedDomain>& not_rated, Diagnostics& diags) {
  const Methodology& m = domain_report(in).methodology;
  const std::vector<std::string> known = rules.sample_keys();
  for (const auto& sample : m.samples) {
    const FrameworkDomain* fd = domain_of_sample(rules, sample.key.value);
    if (!fd) {
      std::string message = "'" + sample.key.value + "' is not a case sample of " + rules.name;
      if (auto near = closest_match(sample.key.value, known)) message += "; did you mean '" + *near + "'?";
      diags.error(sample.key.pos, "unknown-sample", message);
    } else if (is_not_rated(not_rated, fd->number) && sample.cases.value > 0) {
      diags.error(sample.cases.pos, "not-rated-with-cases",
                  "domain " + std::to_string(fd->number) + " was not rated, yet the methodology says " +
                      std::to_string(sample.cases.value) + " " + sample.key.value + " cases were examined");
    }
  }
  // Without a 'methodology' map the loader has said so (a required key, or the wrong type) once.
  if (m.pos.line == 0) return;
  for (const auto& d : rules.domains) {
    const bool rated = !is_not_rated(not_rated, d.number);
    int stated = 0;
    bool unread = false;  // a sample whose count the loader could not read (and has reported)
    const CaseSample* last = nullptr;
    for (const auto& key : d.samples) {
      const CaseSample* sample = m.find(key);
      if (!sample && rated)
        diags.error(m.pos, "missing-sample",
                    "the methodology gives no '" + key + "' sample (cases examined) for domain " + std::to_string(d.number));
      if (sample) stated += sample->cases.value, last = sample, unread = unread || sample->cases.pos.line == 0;
    }
    const auto it = tallies.cases_by_domain.find(d.number);
    if (it == tallies.cases_by_domain.end() || !last || unread) continue;  // published figures, or no count
    const int counted = static_cast<int>(it->second.size());
    if (!rated)
      diags.error(last->key.pos, "not-rated-with-cases",
                  "domain " + std::to_string(d.number) + " was not rated, yet the case results answer its questions");
    else if (counted != stated)
      diags.error(last->cases.pos, "case-count-mismatch",
                  "methodology says " + std::to_string(stated) + " " + last->key.value +
                      " cases were examined, but the case results hold " + std::to_string(counted));
  }
}

void check_sample_shares(const Inspection& in, Diagnostics& diags) {
  int total = 0;
  std::string parts;
  const CaseSample* last = nullptr;
  for (const auto& sample : domain_report(in).methodology.samples) {
    if (!sample.sample_percent) continue;
    total += sample.sample_percent->value;
    parts += (parts.empty() ? "" : ", ") + sample.key.value + " " + std::to_string(sample.sample_percent->value) + "%";
    last = &sample;
  }
  if (total > 100)
    diags.error(last->sample_percent->pos, "sample-shares-over-100",
                "the samples' shares of the cases selected add up to " + std::to_string(total) + "% (" + parts +
                    "); each 'sample_percent' is that sample's share of all the cases selected, as the methodology "
                    "prints it ('Sixty per cent of the cases selected were ...')");
}

std::vector<SampleCount> sample_counts(const Inspection& in, const DomainRules& rules, const CaseTallies& tallies) {
  const Methodology& m = domain_report(in).methodology;
  std::vector<SampleCount> out;
  for (const auto& d : rules.domains)
    for (const auto& key : d.samples) {
      const CaseSample* sample = m.find(key);
      out.push_back(SampleCount{key, d.number, sample ? sample->cases.value : 0,
                                tallies.cases_by_domain.count(d.number) > 0});
    }
  return out;
}

StandardScore not_rated_standard(const FrameworkDomain& domain, const FrameworkStandard& fs) {
  StandardScore score;
  score.number = fs.number;
  score.domain = domain.number;
  score.judged = fs.judged;
  score.counts_to_overall = fs.counts_to_overall;
  score.not_rated = true;
  return score;
}

}  // namespace quire::score_detail
