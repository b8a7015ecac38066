#!/usr/bin/env bash
# Makes the captures in this folder again from the sipp scenarios in scenarios/ (see README.md).
# Runs as root on a machine with Debian's sip-tester (sipp), tcpdump, ngrep, tshark, sngrep and tmux;
# it sends SIP only between sipp processes on 127.0.0.1. The tests never run this: they read the files.
# Usage: ./make-captures.sh [OUT-DIR]   (default: this folder; timestamps, pids and tags differ per run)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here}
work=$(mktemp -d)
cd "$work"

tcpdump -i lo -s 0 -U -w capture.pcap 'port 5060' 2>/dev/null &
dump=$!
ngrep -d lo -l -W byline port 5060 > ngrep-byline.txt 2>/dev/null &
ngrep=$!
sleep 1

# One sipp as the called side (UAS, port 5060) and one as the caller (UAC, port 5061) per case.
run_case() {
    local case=$1 transport=$2
    sipp -sf "$here/scenarios/$case-uas.xml" -i 127.0.0.1 -p 5060 -t "$transport" -m 1 -timeout 10s \
        -trace_msg -message_file "uas-$case-messages.log" -trace_err -error_file "uas-$case-errors.log" \
        </dev/null >/dev/null 2>&1 &
    local uas=$!
    sleep 0.5
    sipp -sf "$here/scenarios/$case-uac.xml" 127.0.0.1:5060 -i 127.0.0.1 -p 5061 -t "$transport" -m 1 -s bob \
        -timeout 10s -trace_msg -message_file "uac-$case-messages.log" -trace_err -error_file "uac-$case-errors.log" \
        </dev/null >/dev/null 2>&1 || true
    wait "$uas" || true
    sleep 0.3
}
cases="call busy overload register proxyauth cancel unknown folded compact unexpected"
for case in $cases; do
    if [ "$case" = register ]; then run_case "$case" t1; else run_case "$case" u1; fi
done
sleep 1
kill "$ngrep" "$dump"
wait "$ngrep" "$dump" 2>/dev/null || true

# sipp's message logs: the caller's of every case, in order; then both sides of the busy call, which
# logs each of its messages twice (once as sent, once as received).
: > sipp-trace_msg.log
for case in $cases; do cat "uac-$case-messages.log" >> sipp-trace_msg.log; done
cat uac-busy-messages.log uas-busy-messages.log > sipp-trace_msg-both-sides.log
cat uac-unexpected-errors.log > sipp-trace_err.log
tcpdump -A -r capture.pcap > tcpdump-A.txt 2>/dev/null
tcpdump -X -r capture.pcap > tcpdump-X.txt 2>/dev/null
tshark -r capture.pcap -q -z follow,udp,ascii,0 > tshark-follow-udp.txt 2>/dev/null
tshark -r capture.pcap -q -z follow,tcp,ascii,0 > tshark-follow-tcp.txt 2>/dev/null
# The busy call's two responses as a binary capture, for the test that a pcap on stdin is refused.
tcpdump -r capture.pcap -w capture-busy.pcap 'udp and src port 5060 and greater 400' -c 1 2>/dev/null

# sngrep's text export has no command-line switch: its Save dialog (F2) is driven through tmux.
tmux new-session -d -s sip-explain-sngrep -x 200 -y 50 "sngrep -I capture.pcap"
sleep 2
tmux send-keys -t sip-explain-sngrep F2; sleep 1
# The key sequence that was found to pick the .txt format (the dialog's focus moves in its own order).
for keys in sngrep-export Tab Tab "Down Down" Space Tab Space; do
    tmux send-keys -t sip-explain-sngrep $keys; sleep 0.4
done
tmux send-keys -t sip-explain-sngrep Enter; sleep 1                 # save, then accept the notice
tmux send-keys -t sip-explain-sngrep Enter q; sleep 0.5
tmux kill-session -t sip-explain-sngrep 2>/dev/null || true

# HEP/EEP, what a Homer collector receives: sngrep replays the capture as HEP3 to a port on loopback,
# and tcpdump -A shows the HEP packets as a support engineer would paste them.
tcpdump -i lo -s 0 -U -w hep.pcap 'udp port 9060' 2>/dev/null &
hepdump=$!
# A listener, so that no ICMP "port unreachable" makes sngrep's socket drop packets.
python3 -c 'import socket,sys; s=socket.socket(socket.AF_INET,socket.SOCK_DGRAM); s.bind(("127.0.0.1",9060)); s.settimeout(3)
while True:
    try: s.recv(65535)
    except socket.timeout: sys.exit(0)' &
sink=$!
sleep 1
sngrep -N -q -I capture.pcap -H udp:127.0.0.1:9060 </dev/null >/dev/null 2>&1 || true
wait "$sink" || true
kill "$hepdump"; wait "$hepdump" 2>/dev/null || true
tcpdump -A -r hep.pcap > hep-tcpdump-A.txt 2>/dev/null

for file in sipp-trace_msg.log sipp-trace_msg-both-sides.log sipp-trace_err.log tcpdump-A.txt tcpdump-X.txt \
        ngrep-byline.txt tshark-follow-udp.txt tshark-follow-tcp.txt sngrep-export.txt hep-tcpdump-A.txt \
        capture-busy.pcap; do
    cp "$file" "$out/$file"
done
rm -rf "$work"
