# hexlet-lesson's Java test command, sent into each container with junit-runner.jar (never baked
# into an image). It runs the jar the engine sent, or the identical copy an image installed at
# /opt/hexlet-lesson together with a class-data archive recorded at image build, which starts the
# JVM about twice as fast. Arguments go to the runner (for example --main Test).
# Usage: sh junit.sh [runner options]
sent=/tmp/.hexlet/java/junit-runner.jar
baked=/opt/hexlet-lesson/junit-runner.jar
archive=/opt/hexlet-lesson/junit-runner.jsa
jar=$sent
cds=
if [ -f "$baked" ] && cmp -s "$baked" "$sent"; then
  jar=$baked
  if [ -f "$archive" ]; then
    cds=-XX:SharedArchiveFile=$archive
  fi
fi
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -XX:+DisableAttachMechanism \
  -Xshare:auto $cds $HEXLET_JAVA_OPTIONS \
  -jar "$jar" --results "$HEXLET_RESULTS" --nonce-file "$HEXLET_NONCE_FILE" \
  --work /tmp/.hexlet/java/work "$@"
