# Sourced by ./wijkwijzer: the JVM flags that depend on the size of the corpus a command builds.
# Bench.corpusFlags holds the same rule (tested); wijkwijzer.cmd follows it too.
#
# Below a large corpus (20,000 case files, BuildProfile.LARGE_CORPUS), a one-off `build` or `check`
# runs with the quick compiler only (C1, -XX:TieredStopAtLevel=1). Measured at 10,000 cases (3
# alternating pairs, with the AOT cache): 18.2-22.3 s instead of 21.7-26.1 s wall, 30-37 s instead of
# 38-46 s CPU, ~90 MiB less memory: the optimising compiler (C2) spent more CPU compiling than its
# faster code saved. At 100,000 cases it is the other way round (199 s with C1 only against 126 s), so
# larger corpora, the long-running preview (`serve`) and the benchmarks keep both compilers.
#
# From a large corpus on, a one-off `build` or `check` gets a young generation of at most 64 MB
# instead of bin/jvm.options' 128 MB: the build then runs with HeapGuard, which keeps the old
# generation near the live set, and the young generation is resident memory on top of it that the
# 1 GiB target has no room for; and the launchers leave out the AOT cache (./wijkwijzer), whose mapped
# file adds ~55 MiB of resident memory to save ~2 s of a build that takes minutes (figures:
# docs/performance.md, twelfth session).

WIJKWIJZER_LARGE_CORPUS="${WIJKWIJZER_LARGE_CORPUS:-20000}"

# Prints "small" or "large" for a one-off build or check of the command line "$@" (by its --content
# folder's case files), nothing for any other command.
wijkwijzer_corpus_size() {
  local command="${1:-}" content="content" previous="" arg cases
  case "$command" in build|check) ;; *) return 0 ;; esac
  for arg in "$@"; do
    [ "$previous" = "--content" ] && content="$arg"
    case "$arg" in --content=*) content="${arg#--content=}" ;; esac
    previous="$arg"
  done
  cases=$(find "$content/casuistiek" -maxdepth 1 -name '*.yaml' -type f 2>/dev/null | head -n "$WIJKWIJZER_LARGE_CORPUS" | wc -l || true)
  if [ "$cases" -lt "$WIJKWIJZER_LARGE_CORPUS" ]; then echo small; else echo large; fi
}

# Prints the extra JVM flags for a corpus size as wijkwijzer_corpus_size prints it: nothing,
# -XX:TieredStopAtLevel=1 or -XX:MaxNewSize=64m.
wijkwijzer_flags_for_size() {
  case "${1:-}" in
    small) echo "-XX:TieredStopAtLevel=1" ;;
    large) echo "-XX:MaxNewSize=64m" ;;
  esac
}

# Prints the extra JVM flags for the command line "$@".
wijkwijzer_corpus_flags() {
  wijkwijzer_flags_for_size "$(wijkwijzer_corpus_size "$@")"
}
