# Shared by the benchmark scripts (sourced from the repository's root).

# The application jar, built first if there is none.
app_jar() {
  local jar
  jar=$(ls target/dashboard-*.jar 2>/dev/null | head -1 || true)
  if [ -z "$jar" ]; then
    ./mvnw -q -B package -DskipTests >&2
    jar=$(ls target/dashboard-*.jar | head -1)
  fi
  echo "$jar"
}
