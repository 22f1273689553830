#!/usr/bin/env bash
# Writes THIRD-PARTY-NOTICES.txt at the root again from the dependencies, after a library is added, removed or
# updated in pom.xml (NoticesTest fails until the committed copy equals what the build writes).
# usage: packaging/licence/update-notices.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o process-resources
cp target/generated-resources/licence/org/caseloadplanner/about/THIRD-PARTY-NOTICES.txt THIRD-PARTY-NOTICES.txt
echo "THIRD-PARTY-NOTICES.txt written: $(grep -c '^    Licence: ' THIRD-PARTY-NOTICES.txt) licence lines"
