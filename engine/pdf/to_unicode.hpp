// ToUnicode maps (CMaps), so text extracted from a PDF, and read aloud, is the text that was set.
#pragma once

#include <string>
#include <map>

namespace quire::pdf {

// For a UTF-8 font whose codes are the characters' own BMP values: the identity.
std::string identity_to_unicode();

// For a single-byte font: each code to the character it stands for.
std::string single_byte_to_unicode(const std::map<unsigned char, char32_t>& codes);

}  // namespace quire::pdf
