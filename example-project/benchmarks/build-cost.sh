#!/usr/bin/env bash
# What sip-status:generate costs a build, measured; prints a Markdown report (also kept in
# target/build-cost/report.md). Usage, from the repository root:
#   example-project/benchmarks/build-cost.sh [RUNS]        (RUNS defaults to 5)
# It installs the plugin into the local repository first, then builds offline (-o).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
out=target/build-cost
rm -rf "$out" && mkdir -p "$out"
mvn -B -q -ntp install -DskipTests -Dinvoker.skip >&2

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
goal_ms() { grep -oE 'SIP status API .*\(([0-9]+ files, )?[0-9]+ ms\)' "$1" | grep -oE '[0-9]+ ms\)$' | grep -oE '[0-9]+'; }

# One Maven build in a cold JVM: wall-clock ms on stdout, the log in $log.
build() {
  local start end
  start=$(now_ms)
  mvn -o -B "$@" > "$log" 2>&1 || { cat "$log" >&2; exit 1; }
  end=$(now_ms)
  echo $((end - start))
}

example=example-project
declare -A wall goal
for scenario in clean skipped uptodate idle; do wall[$scenario]=""; goal[$scenario]=""; done
for run in $(seq "$runs"); do
  log=$out/clean-$run.log
  rm -rf "$example/target"
  wall[clean]+="$(build -f $example/pom.xml compile) "
  goal[clean]+="$(goal_ms "$log") "

  log=$out/uptodate-$run.log
  wall[uptodate]+="$(build -f $example/pom.xml compile) "
  goal[uptodate]+="$(goal_ms "$log") "

  # The same build without the goal: its output stays, the compiler's does not.
  log=$out/skipped-$run.log
  rm -rf "$example/target/classes" "$example/target/maven-status"
  wall[skipped]+="$(build -f $example/pom.xml compile -Dsip-status.skip=true) "

  # What an up-to-date build is held against: a build with nothing to do at all.
  log=$out/idle-$run.log
  wall[idle]+="$(build -f $example/pom.xml compile -Dsip-status.skip=true) "
done

m() { echo "$1" | tr ' ' '\n' | grep . | median; }
# The spread of the same runs: the machine's noise, which a median alone hides.
range() { echo "$1" | tr ' ' '\n' | grep . | sort -n | sed -n '1p;$p' | paste -sd '-' | sed 's/-/–/'; }
clean_wall=$(m "${wall[clean]}"); skipped_wall=$(m "${wall[skipped]}"); uptodate_wall=$(m "${wall[uptodate]}")
idle_wall=$(m "${wall[idle]}")
ratio() { awk "BEGIN {printf \"%.2f\", $1 / $2}"; }
{
  echo "### \`mvn -o compile\` of example-project, median of $runs runs"
  echo
  echo "| build | wall clock (fastest–slowest run) | the goal's own time (fastest–slowest run) | wall clock vs. the same build with the goal skipped |"
  echo "|---|---|---|---|"
  echo "| from clean, with the goal | ${clean_wall} ms ($(range "${wall[clean]}") ms) | $(m "${goal[clean]}") ms ($(range "${goal[clean]}") ms) | $(ratio "$clean_wall" "$skipped_wall")× |"
  echo "| from clean, goal skipped (its output present) | ${skipped_wall} ms ($(range "${wall[skipped]}") ms) | — | 1.00× |"
  echo "| second build, up to date | ${uptodate_wall} ms ($(range "${wall[uptodate]}") ms) | $(m "${goal[uptodate]}") ms ($(range "${goal[uptodate]}") ms) | $(ratio "$uptodate_wall" "$idle_wall")× |"
  echo "| second build, goal skipped, nothing to compile | ${idle_wall} ms ($(range "${wall[idle]}") ms) | — | 1.00× |"
  echo
} > "$out/report.md"

# Synthetic tables: the goal's own time as the table grows, each in a cold Maven JVM.
synthetic=$out/synthetic
mkdir -p "$synthetic"
version=$(sed -n "s:^  <version>\(.*\)</version>:\1:p" pom.xml | head -1)
cat > "$synthetic/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.sipstatus.benchmarks</groupId>
  <artifactId>synthetic</artifactId>
  <version>1</version>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.sipstatus</groupId>
        <artifactId>sip-status-maven-plugin</artifactId>
        <version>$version</version>
        <executions><execution><goals><goal>generate</goal></goals></execution></executions>
        <configuration><source>\${table}</source></configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
{
  echo "### The goal's own time on synthetic tables (20 locales, message and hint everywhere), median of $runs cold runs"
  echo
  echo "| codes | table size | the goal's own time (fastest–slowest run) | per code |"
  echo "|---|---|---|---|"
} >> "$out/report.md"
for codes in 60 200 600; do
  table=$synthetic/table-$codes.yaml
  java "$(dirname "$0")/SyntheticTable.java" "$codes" 20 > "$table"
  times=""
  for run in $(seq "$runs"); do
    log=$synthetic/run-$codes-$run.log
    rm -rf "$synthetic/target"
    build -f "$synthetic/pom.xml" generate-sources -Dtable="$(pwd)/$table" > /dev/null
    times+="$(goal_ms "$log") "
  done
  median_ms=$(m "$times")
  echo "| $codes | $(( $(wc -c < "$table") / 1024 )) KiB | ${median_ms} ms ($(range "$times") ms) | $(awk "BEGIN {printf \"%.2f\", $median_ms / $codes}") ms |" >> "$out/report.md"
done
cat "$out/report.md"
