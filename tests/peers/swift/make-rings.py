#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
#
# Builds the account, container and object rings of a one-node, one-replica
# Swift in DIR: the same as "swift-ring-builder X.builder create 10 1 1; add
# r1z1-127.0.0.1:PORT/d1 100; rebalance" for each ring, in one process (the
# nine swift-ring-builder runs take ~3 s, this ~0.3 s).
#
# usage: make-rings.py DIR ACCOUNT_PORT CONTAINER_PORT OBJECT_PORT
import os
import sys

from swift.common.ring import RingBuilder


def main(argv):
    if len(argv) != 5:
        sys.exit("usage: make-rings.py DIR ACCOUNT_PORT CONTAINER_PORT OBJECT_PORT")
    directory = argv[1]
    for name, port in zip(("account", "container", "object"), argv[2:]):
        builder = RingBuilder(10, 1, 1)  # part power, replicas, min part hours
        builder.add_dev({"region": 1, "zone": 1, "ip": "127.0.0.1", "port": int(port),
                         "device": "d1", "weight": 100,
                         "replication_ip": "127.0.0.1", "replication_port": int(port)})
        builder.rebalance()
        # Ring first, as swift-ring-builder does, so the two stay in step.
        builder.get_ring().save(os.path.join(directory, name + ".ring.gz"))
        builder.save(os.path.join(directory, name + ".builder"))


if __name__ == "__main__":
    main(sys.argv)
