# Sourced by ./wijkwijzer: which JIT a command runs with. Bench.jitFlags holds the same rule (tested).
#
# A one-off `build` or `check` of fewer than 20,000 cases runs with the quick compiler only (C1,
# -XX:TieredStopAtLevel=1). Measured at 10,000 cases (3 alternating pairs, with the AOT cache):
# 18.2-22.3 s instead of 21.7-26.1 s wall, 30-37 s instead of 38-46 s CPU, ~90 MiB less memory: the
# optimising compiler (C2) spent more CPU compiling than its faster code saved. At 100,000 cases it is
# the other way round (199 s with C1 only against 126 s), so larger corpora, the long-running preview
# (`serve`) and the benchmarks keep both compilers.

WIJKWIJZER_C1_BELOW="${WIJKWIJZER_C1_BELOW:-20000}"

# Prints the extra JVM flags for the command line "$@" (nothing, or -XX:TieredStopAtLevel=1).
wijkwijzer_jit_flags() {
  local command="${1:-}" content="content" previous="" arg cases
  case "$command" in build|check) ;; *) return 0 ;; esac
  for arg in "$@"; do
    [ "$previous" = "--content" ] && content="$arg"
    case "$arg" in --content=*) content="${arg#--content=}" ;; esac
    previous="$arg"
  done
  cases=$(find "$content/casuistiek" -maxdepth 1 -name '*.yaml' -type f 2>/dev/null | head -n "$WIJKWIJZER_C1_BELOW" | wc -l || true)
  if [ "$cases" -lt "$WIJKWIJZER_C1_BELOW" ]; then
    echo "-XX:TieredStopAtLevel=1"
  fi
}
