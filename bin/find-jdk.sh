# Sourced by ./wijkwijzer and .ci/run: picks the newest JDK 21+ on this machine and exports JAVA_HOME.
# Looks where Maven toolchains discovery and most launchers look: JAVA_HOME, the java on PATH,
# and the usual JVM folders of Debian/Ubuntu, RHEL, macOS, SDKMAN and Temurin installers.

wijkwijzer_java_major() {
  "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1") ? v[2] : v[1]; exit }'
}

wijkwijzer_find_jdk() {
  local candidates=() best="" best_major=0 dir major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
             /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$dir" ] && candidates+=("$dir")
  done
  for dir in "${candidates[@]}"; do
    [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ] || continue
    major=$(wijkwijzer_java_major "$dir")
    [[ "$major" =~ ^[0-9]+$ ]] || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$dir"; best_major="$major"; fi
  done
  if [ -z "$best" ]; then
    echo "wijkwijzer: geen Java 21 of nieuwer gevonden (JDK met javac)." >&2
    echo "Installeer een JDK 21+, bijvoorbeeld Eclipse Temurin 21 (adoptium.net) of 'apt-get install openjdk-21-jdk'," >&2
    echo "en zet JAVA_HOME op de map van die JDK." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
