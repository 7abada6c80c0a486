// Equality and hashing from one list of a struct's fields. A struct used as a memo's key names its
// fields once, in a `tie()` member returning std::tie(...); its operator== and its hash (TiedHash)
// both read that list, so they cannot disagree, and `ties_every_field<T>()` (checked with
// static_assert beside the struct) fails the build when a field is added to the struct and not to
// its tie(). A memo whose key left out a field that decides the result would hand back a wrong one.
#pragma once

#include <concepts>
#include <cstddef>
#include <functional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace quire {

template <typename T>
concept Tied = requires(const T& value) { value.tie(); };

namespace tied_detail {

// Stands for any field in an aggregate initialiser, to count the fields.
struct AnyField {
  template <typename T>
  operator T() const;  // never defined: only used unevaluated
};

template <typename T, typename... Fields>
consteval std::size_t count_fields() {
  if constexpr (requires { T{Fields{}..., AnyField{}}; }) return count_fields<T, Fields..., AnyField>();
  else return sizeof...(Fields);
}

inline void combine(std::size_t& seed, std::size_t hash) {
  // boost::hash_combine's mixing step.
  seed ^= hash + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
}

}  // namespace tied_detail

// How many fields the aggregate T has (each field counts once, a struct-typed one too).
template <typename T>
  requires std::is_aggregate_v<T>
consteval std::size_t field_count() {
  return tied_detail::count_fields<T>();
}

// True when T's tie() names as many fields as T has.
template <Tied T>
consteval bool ties_every_field() {
  return std::tuple_size_v<decltype(std::declval<const T&>().tie())> == field_count<T>();
}

template <typename T>
std::size_t hash_of(const T& value);

template <typename T>
std::size_t hash_of(const std::vector<T>& values) {
  std::size_t seed = values.size();
  for (const T& value : values) tied_detail::combine(seed, hash_of(value));
  return seed;
}

// A Tied struct's hash is its fields' hashes, combined in tie()'s order; anything else hashes as
// std::hash does (numbers, enums, strings).
template <typename T>
std::size_t hash_of(const T& value) {
  if constexpr (Tied<T>) {
    std::size_t seed = 0;
    std::apply([&seed](const auto&... fields) { (tied_detail::combine(seed, hash_of(fields)), ...); }, value.tie());
    return seed;
  } else {
    return std::hash<T>{}(value);
  }
}

struct TiedHash {
  template <typename T>
  std::size_t operator()(const T& value) const {
    return hash_of(value);
  }
};

}  // namespace quire
