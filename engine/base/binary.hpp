// A compact binary form for caches: counts and length-prefixed strings, read back with every
// length checked against what is left, so a truncated or corrupt file is refused, never trusted.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace quire {

class BinaryWriter {
 public:
  void count(std::uint64_t n);
  void number(std::uint64_t n);  // any number, such as a fingerprint (same encoding as a count)
  void text(std::string_view s);
  const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

class BinaryReader {
 public:
  explicit BinaryReader(std::string_view bytes) : in_(bytes) {}
  // Each returns false, and leaves the reader failed, when the bytes run out or a count is
  // larger than what remains could hold.
  bool count(std::uint64_t& n);
  // Any 64-bit number, not bounded by the file's size as a count is: a fingerprint is almost
  // always larger than the file that carries it.
  bool number(std::uint64_t& n);
  bool text(std::string& s);
  bool ok() const { return ok_; }
  bool at_end() const { return ok_ && at_ == in_.size(); }

 private:
  std::string_view in_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

// FNV-1a, 64 bits: a stable fingerprint of a file's bytes (not a defence against forgery).
std::uint64_t fingerprint(std::string_view bytes);

}  // namespace quire
