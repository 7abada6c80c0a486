// Calls `f` with a variant's active alternative, like std::visit. quire uses this instead of
// std::visit because clang 14 with libstdc++ 12 reaches __builtin_unreachable inside std::visit
// for void visitors under UBSan (seen by the fuzzer on a valid inspection).
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>
#include <variant>

namespace quire {

template <std::size_t I = 0, typename Variant, typename F>
decltype(auto) dispatch(Variant&& v, F&& f) {
  constexpr std::size_t count = std::variant_size_v<std::remove_cvref_t<Variant>>;
  if constexpr (I + 1 < count) {
    if (v.index() == I) return f(std::get<I>(std::forward<Variant>(v)));
    return dispatch<I + 1>(std::forward<Variant>(v), std::forward<F>(f));
  } else {
    return f(std::get<I>(std::forward<Variant>(v)));
  }
}

}  // namespace quire
