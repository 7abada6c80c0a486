// Alphabetical order in each language. Welsh treats ch, dd, ff, ng, ll, ph, rh and th as single
// letters (a, b, c, ch, d, dd, e, f, ff, g, ng, h, i, j, l, ll, m, n, o, p, ph, r, rh, s, t, th, u, w, y),
// so "llyfr" sorts after "lorem" and "chwaer" after "cyfle".
#pragma once

#include <string>
#include <string_view>

namespace quire {

// A key whose byte order is the language's alphabetical order ("cy" or anything else for English).
// Case, accents, spaces and punctuation are ignored first and only break ties.
std::string collation_key(std::string_view text, std::string_view language);

}  // namespace quire
