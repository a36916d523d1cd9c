# Sourced by the launchers at the top of the repository: sets java_bin to a Java 21 or newer (JAVA_HOME's when it
# is one, else the newest under /usr/lib/jvm), or stops with a message naming the launcher.
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/java}"
if [ -z "$java_bin" ] || ! "$java_bin" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  java_bin=""
  for candidate in /usr/lib/jvm/*/bin/java; do
    if "$candidate" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then java_bin="$candidate"; fi
  done
fi
if [ -z "$java_bin" ]; then
  echo "${0##*/}: needs Java 21 or newer; set JAVA_HOME" >&2
  exit 1
fi
