#!/usr/bin/env bash
# Builds the self-contained Firedrill app image and its .tar.gz. Called by jlink/pom.xml in the
# `package` phase of `mvn -Ppackage package`; every input comes from the pom as an option.
#
#   1. jdeps: which JDK modules our jars need (+ --extra-modules)
#   2. jlink: a runtime with only those modules and JavaFX; JavaFX natives go to runtime/lib
#   3. CDS:   a class-data-sharing archive of the JDK and JavaFX classes the app loads at start-up
#   4. jpackage --type app-image: native launcher bin/firedrill, app jars in lib/app, the icon
#   5. check: the image's CLI runs with an empty environment (no JDK on the path), then tar.gz
#
# Decisions and measurements: docs/decisions/0003-packaging.md.
set -euo pipefail

die() { echo "build-image: $*" >&2; exit 1; }
step() { echo "build-image: $*"; }

jdk="" version="" app_jars="" fx_jars="" main_jar="" main_class="" extra_modules=""
java_options="" icon="" classlist="" platform="linux-x64" out="" name="firedrill"
while (($#)); do
  case "$1" in
    --jdk) jdk="$2" ;;
    --version) version="$2" ;;
    --app-jars) app_jars="$2" ;;
    --javafx-jars) fx_jars="$2" ;;
    --main-jar) main_jar="$2" ;;
    --main-class) main_class="$2" ;;
    --extra-modules) extra_modules="$2" ;;
    --java-options) java_options="$2" ;;
    --icon) icon="$2" ;;
    --classlist) classlist="$2" ;;
    --platform) platform="$2" ;;
    --out) out="$2" ;;
    --name) name="$2" ;;
    *) die "unknown option $1" ;;
  esac
  shift 2
done
for v in jdk version app_jars fx_jars main_jar main_class out; do
  [[ -n "${!v}" ]] || die "missing --${v//_/-}"
done

# --- tools ---------------------------------------------------------------------------------
for tool in jdeps jlink jpackage; do
  [[ -x "$jdk/bin/$tool" ]] || die "$jdk/bin/$tool not found; packaging needs a full JDK 17+ with jpackage (select one with -Djlink.jdk=/path/to/jdk)"
done
feature="$("$jdk/bin/jlink" --version)"; feature="${feature%%.*}"
(( feature >= 17 )) || die "jlink $feature is too old; need 17+"
# JDK modules come from jmods/, or (JDK 24+ builds without jmods, JEP 493) from the JDK's own image.
jdk_modules="$jdk/jmods"
if [[ ! -f "$jdk_modules/java.base.jmod" ]]; then
  (( feature >= 24 )) \
    || die "$jdk/jmods is missing; install the JDK's jmods or select another JDK with -Djlink.jdk=..."
  jdk_modules=""
fi

[[ -f "$app_jars/$main_jar" ]] || die "main jar $app_jars/$main_jar not found"
shopt -s nullglob
fx_list=("$fx_jars"/*.jar)
((${#fx_list[@]})) || die "no JavaFX jars in $fx_jars (wrong -Djavafx.platform?)"
app_list=("$app_jars"/*.jar)

runtime="$out/runtime"
image="$out/$name"
app_version="${version%%-*}"   # jpackage wants numbers only: 0.1.0-SNAPSHOT -> 0.1.0
archive="$out/$name-$version-$platform.tar.gz"
rm -rf "$runtime" "$image" "$archive"

# --- 1. modules ------------------------------------------------------------------------------
# Our own jars are the roots; jdeps follows them into the libraries on the class path.
class_path="$(IFS=:; echo "${app_list[*]}")"
fx_path="$(IFS=:; echo "${fx_list[*]}")"
own_jars=("$app_jars/$main_jar")
for j in "$app_jars"/firedrill-engine-*.jar; do own_jars+=("$j"); done
found="$("$jdk/bin/jdeps" --multi-release "$feature" --ignore-missing-deps --print-module-deps \
          --module-path "$fx_path" --class-path "$class_path" "${own_jars[@]}" 2>/dev/null)" \
  || die "jdeps failed"
modules="$(echo "$found,javafx.controls,$extra_modules" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)"
step "modules: $modules"

# --- 2. runtime ------------------------------------------------------------------------------
# Level 1 (shared strings) rather than 2 (zip): the jimage is then larger on disk but gzips far
# better, so the download is ~9 MB smaller, and classes outside the CDS archive load without inflating.
# JDK 21+ renamed the levels; zip-0 (stored) is the equivalent there.
compress="--compress=1"
(( feature >= 21 )) && compress="--compress=zip-0"
# JavaFX's jars carry their .so files as resources; the image keeps them in lib/ instead, where
# JavaFX finds them directly (otherwise it would extract them to ~/.openjfx/cache on first start).
"$jdk/bin/jlink" \
  --module-path "${jdk_modules:+$jdk_modules:}$fx_path" \
  --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages "$compress" \
  --exclude-resources='glob:/javafx.*/*.so' \
  --output "$runtime"
for jar in "${fx_list[@]}"; do
  natives=($("$jdk/bin/jar" --list --file "$jar" | grep -E '^[^/]+\.so$' || true))
  ((${#natives[@]})) || continue
  (cd "$runtime/lib" && "$jdk/bin/jar" --extract --file "$jar" "${natives[@]}")
done
ls "$runtime"/lib/libglass.so >/dev/null 2>&1 || die "JavaFX natives missing from $runtime/lib"

# --- 3. class-data sharing -------------------------------------------------------------------
# The default CDS archive of the runtime (lib/server/classes.jsa), dumped from a class list recorded
# at start-up (jlink/smoke.sh --update-classlist). It holds only classes of the runtime image (JDK
# and JavaFX), so it stays valid wherever the image is unpacked; app classes are simply skipped.
if [[ -n "$classlist" && -f "$classlist" ]]; then
  "$runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$classlist" \
    -XX:SharedArchiveFile="$runtime/lib/server/classes.jsa" --add-modules javafx.controls \
    > "$out/cds-dump.log" 2>&1 || die "CDS dump failed; see $out/cds-dump.log"
  step "CDS archive: $(du -h "$runtime/lib/server/classes.jsa" | cut -f1) from $(grep -c '^[a-z]' "$classlist") listed classes"
else
  "$runtime/bin/java" -Xshare:dump > "$out/cds-dump.log" 2>&1 || die "CDS dump failed; see $out/cds-dump.log"
  step "CDS archive: JDK default class list (no $classlist)"
fi

# --- 4. app image ----------------------------------------------------------------------------
# Options like "--add-exports X" become "--add-exports=X": one launcher option each.
read -r -a words <<< "$java_options"
jp_opts=()
for ((i = 0; i < ${#words[@]}; i++)); do
  w="${words[i]}"
  case "$w" in
    --add-modules|--add-exports|--add-opens|--add-reads|--enable-native-access)
      w="$w=${words[i + 1]}"; i=$((i + 1)) ;;
  esac
  jp_opts+=(--java-options "$w")
done
icon_opt=()
[[ -n "$icon" ]] && icon_opt=(--icon "$icon")
"$jdk/bin/jpackage" --type app-image \
  --name "$name" --app-version "$app_version" \
  --description "Incident training simulator for SRE and platform teams" \
  --vendor "Firedrill" \
  --runtime-image "$runtime" \
  --input "$app_jars" --main-jar "$main_jar" --main-class "$main_class" \
  "${jp_opts[@]}" "${icon_opt[@]}" \
  --dest "$out"
[[ -x "$image/bin/$name" ]] || die "jpackage did not produce $image/bin/$name"

# --- 5. check and archive --------------------------------------------------------------------
# The headless CLI must work from the image alone: empty environment, no JDK on the path.
version_out="$(cd / && env -i PATH=/usr/bin:/bin "$image/bin/$name" --version 2>&1)" \
  || die "'$image/bin/$name --version' failed: $version_out"
step "check: $(echo "$version_out" | head -1)"

tar --sort=name --owner=0 --group=0 --numeric-owner -C "$out" -cf - "$name" | gzip -9 -n > "$archive"
step "image:   $image ($(du -sh "$image" | cut -f1))"
step "archive: $archive ($(du -h "$archive" | cut -f1))"
