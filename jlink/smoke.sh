#!/usr/bin/env bash
# Smoke test of the packaged app image (build it first: mvn -Ppackage -DskipTests package).
#
#   jlink/smoke.sh [--runs N] [--image DIR] [--update-classlist]
#
# Runs `bin/firedrill --smoke` N times (default 5) in an empty environment (PATH=/usr/bin:/bin, no
# JAVA_HOME: the image must not need a JDK) on a private Xvfb display, then prints the median time
# to the first rendered frame, the largest resident set, the image size and the archive size, and
# exits 1 when a run fails or a budget (docs/architecture.md) is exceeded.
#
# --update-classlist instead records which classes the app loads up to its first frame and writes
# jlink/cds/firedrill.classlist, from which the build dumps the image's CDS archive. Run it after UI
# changes that alter start-up (then rebuild the image); a stale list is harmless, only slower.
#
# Needs Xvfb and the GTK/GL libraries JavaFX uses:
#   apt-get install -y xvfb libgtk-3-0 libxtst6 libgl1 libxxf86vm1
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
image="$here/target/firedrill"
runs=5
update_classlist=false
while (($#)); do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --image) image="$2"; shift 2 ;;
    --update-classlist) update_classlist=true; shift ;;
    -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "smoke: unknown option $1" >&2; exit 2 ;;
  esac
done

# Budgets: docs/architecture.md (Performance budgets).
max_first_frame_ms=1500
max_rss_mb=300
max_archive_mb=60

launcher="$image/bin/firedrill"
[[ -x "$launcher" ]] || { echo "smoke: no image at $image; run: mvn -Ppackage -DskipTests package" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "smoke: Xvfb not found; apt-get install -y xvfb libgtk-3-0 libxtst6 libgl1 libxxf86vm1" >&2; exit 2; }

# --- a private X display, stopped on exit ------------------------------------------------------
display=""
for n in $(seq 90 130); do
  if [[ ! -e "/tmp/.X11-unix/X$n" && ! -e "/tmp/.X$n-lock" ]]; then display=":$n"; break; fi
done
[[ -n "$display" ]] || { echo "smoke: no free X display number" >&2; exit 2; }
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  [[ -e "/tmp/.X11-unix/X${display#:}" ]] && break
  sleep 0.1
done
[[ -e "/tmp/.X11-unix/X${display#:}" ]] || { echo "smoke: Xvfb did not start on $display" >&2; exit 2; }

clean_env=(env -i PATH=/usr/bin:/bin DISPLAY="$display")

# Start-up time is wall-clock time: on a machine busy with other work it is meaningless.
read -r load1 _ < /proc/loadavg
cpus="$(nproc)"
if awk -v l="$load1" -v c="$cpus" 'BEGIN { exit !(l > c / 2) }'; then
  echo "smoke: warning: load average $load1 on $cpus CPUs; timings will be inflated" \
       "(measure on an idle machine, or as root with: chrt -f 10 $0)" >&2
fi

# --- --update-classlist ------------------------------------------------------------------------
if $update_classlist; then
  # The jpackage launcher takes no extra JVM options, so replay its configuration with the image's
  # own java: same class path, JVM options and main class as bin/firedrill.
  cfg="$image/lib/app/firedrill.cfg"
  app_dir="$image/lib/app"
  cp="" main="" opts=()
  while IFS= read -r line; do
    case "$line" in
      app.classpath=*) cp="${cp:+$cp:}${line#app.classpath=}" ;;
      app.mainclass=*) main="${line#app.mainclass=}" ;;
      java-options=*) opts+=("${line#java-options=}") ;;
    esac
  done < "$cfg"
  cp="${cp//\$APPDIR/$app_dir}"
  command -v unzip >/dev/null || { echo "smoke: unzip not found" >&2; exit 2; }
  raw="$(mktemp)"
  trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -f "$raw"' EXIT
  "${clean_env[@]}" "$image/lib/runtime/bin/java" -XX:DumpLoadedClassList="$raw" "${opts[@]}" \
    -cp "$cp" "$main" --smoke
  # Keep only classes of the runtime image: drop those in packages of the class-path jars.
  packages="$(for j in "$app_dir"/*.jar; do unzip -Z1 "$j" '*.class' 2>/dev/null; done \
              | sed -n 's|/[^/]*\.class$||p' | sort -u)"
  out="$here/cds/firedrill.classlist"
  mkdir -p "$here/cds"
  awk -v pkgs="$packages" '
    BEGIN { n = split(pkgs, p, "\n"); for (i = 1; i <= n; i++) own[p[i]] = 1 }
    /^#/ { next }
    {
      cls = ($1 ~ /^@lambda-proxy/) ? $2 : ($1 ~ /^@/ ? "" : $1)
      pkg = cls; sub(/\/[^\/]*$/, "", pkg)
      if (cls != "" && (pkg in own)) next
      print
    }' "$raw" > "$out"
  echo "smoke: wrote $out ($(grep -c '^[a-z]' "$out") classes); rebuild the image to use it"
  exit 0
fi

# --- smoke runs --------------------------------------------------------------------------------
err="$(mktemp)"
trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -f "$err"' EXIT
results=()
for i in $(seq "$runs"); do
  set +e
  line="$(cd / && timeout 120 "${clean_env[@]}" "$launcher" --smoke 2>"$err")"
  rc=$?
  set -e
  if [[ $rc -ne 0 || ! "$line" =~ ^firstFrameMs=[0-9]+\ rssMB=[0-9]+$ ]]; then
    echo "smoke: run $i failed (exit $rc), stdout: '$line'" >&2
    cat "$err" >&2
    exit 1
  fi
  echo "run $i: $line"
  results+=("$line")
done

frames=($(printf '%s\n' "${results[@]}" | sed -E 's/^firstFrameMs=([0-9]+) .*/\1/' | sort -n))
rss=($(printf '%s\n' "${results[@]}" | sed -E 's/.* rssMB=([0-9]+)$/\1/' | sort -n))
count=${#frames[@]}
if (( count % 2 )); then
  median=${frames[count / 2]}
else
  median=$(( (frames[count / 2 - 1] + frames[count / 2]) / 2 ))
fi
max_rss=${rss[count - 1]}
image_size="$(du -sh "$image" | cut -f1)"
archive="$(ls -t "$(dirname "$image")"/firedrill-*.tar.gz 2>/dev/null | head -1 || true)"
archive_bytes=0
[[ -n "$archive" ]] && archive_bytes=$(stat -c %s "$archive")
archive_mb=$(( (archive_bytes + 1048575) / 1048576 ))

echo "median firstFrameMs: $median (budget $max_first_frame_ms)"
echo "max rssMB:           $max_rss (budget $max_rss_mb)"
echo "image size:          $image_size ($image)"
echo "archive size:        ${archive_mb}M (${archive:-none}; budget ${max_archive_mb}M)"

fail=0
(( median < max_first_frame_ms )) || { echo "smoke: first frame over budget" >&2; fail=1; }
(( max_rss < max_rss_mb )) || { echo "smoke: resident memory over budget" >&2; fail=1; }
[[ -n "$archive" ]] || { echo "smoke: no archive next to the image" >&2; fail=1; }
(( archive_mb < max_archive_mb )) || { echo "smoke: archive over budget" >&2; fail=1; }
exit $fail
