# Shared JDK selection for every Jixiao script (sourced, not executed).
# Uses JAVA_HOME when it is Java 21 or newer, else the Temurin JDK of these
# machines, else stops with a message saying what is needed.

jixiao_java_major() {
  # Prints the feature version of the java binary given as $1 (e.g. 17, 21, 25): from the JDK's
  # release file when there is one (no JVM started, which would cost ./jixiao's start a tenth of a
  # second), else from the JVM's own properties.
  local release major
  release="$(dirname "$1")/../release"
  if [ -f "$release" ]; then
    major=$(sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$release" | head -n 1)
    if [ -n "$major" ]; then
      echo "$major"
      return 0
    fi
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

jixiao_select_java() {
  local fallback=/usr/lib/jvm/temurin-25-jdk-amd64 major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(jixiao_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME
      return 0
    fi
  fi
  if [ -x "$fallback/bin/java" ]; then
    export JAVA_HOME=$fallback
    return 0
  fi
  echo "jixiao: Java 21 or newer is required (found: ${JAVA_HOME:-no JAVA_HOME}, $(java -version 2>&1 | head -n 1))." >&2
  echo "jixiao: install a JDK 21+ and point JAVA_HOME at it, e.g. export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64" >&2
  return 1
}
