#include "base/binary.hpp"

namespace quire {

void BinaryWriter::count(std::uint64_t n) { number(n); }

void BinaryWriter::number(std::uint64_t n) {
  // LEB128: small counts, which are most of them, take one byte.
  do {
    unsigned char byte = n & 0x7F;
    n >>= 7;
    if (n) byte |= 0x80;
    out_ += static_cast<char>(byte);
  } while (n);
}

void BinaryWriter::text(std::string_view s) {
  count(s.size());
  out_.append(s);
}

bool BinaryReader::count(std::uint64_t& n) {
  return number(n) && (ok_ = n <= in_.size());  // no count can exceed the file it is read from
}

bool BinaryReader::number(std::uint64_t& n) {
  n = 0;
  for (int shift = 0; ok_ && shift < 64; shift += 7) {
    if (at_ >= in_.size()) break;
    const auto byte = static_cast<unsigned char>(in_[at_++]);
    n |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
    if (!(byte & 0x80)) return true;
  }
  ok_ = false;
  return false;
}

bool BinaryReader::text(std::string& s) {
  std::uint64_t n = 0;
  if (!count(n) || n > in_.size() - at_) return ok_ = false;
  s.assign(in_.substr(at_, n));
  at_ += n;
  return true;
}

std::uint64_t fingerprint(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

}  // namespace quire
