// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"

#include <optional>
#include <string>
#include <string_view>

namespace lakescope {

enum class Scheme { File, Memory, S3, Gcs, Azure, Abfss, Adl, WebHdfs, LakeFs };

std::string_view schemeName(Scheme scheme); // "file", "s3", ...

// A parsed location:
//   file:///abs/path, /abs/path, rel/path, ~/path, C:\x\y  -> File
//   memory://name/key                                      -> Memory (bucket = store name)
//   s3://bucket/key, gs://bucket/key                       -> S3, Gcs
//   az://container/path                                    -> Azure (account from options)
//   abfss://container@account.dfs.core.windows.net/path    -> Abfss
//   adl://store/path                                       -> Adl (store = bucket)
//   webhdfs://host:port/path                               -> WebHdfs
//   lakefs://repo/ref/path                                 -> LakeFs (repo = bucket)
// Keys are percent-decoded; backslashes in Windows-style paths become '/',
// repeated separators collapse and "." segments vanish, as azure-datalake-store
// normalises paths.
struct StoreUrl
{
    Scheme scheme = Scheme::File;
    std::string bucket;   // bucket, container, memory store, ADL store, lakeFS repo; empty for file
    std::string account;  // abfss account (the host's first label)
    std::string host;     // abfss/webhdfs host
    int port = 0;         // webhdfs port, 0 = default
    std::string ref;      // lakeFS branch, tag, commit or ref expression
    std::string path;     // File: absolute local path ("/home/me/x", "C:/x"); others: key, no leading '/'
    // Which configured connection's options open this location (the GUI's
    // saved connections: two S3 accounts may both have a bucket "data").
    // Empty = the defaults from flags and the environment. Not part of the
    // text form: parse() never sets it and toString() never shows it.
    std::string connection;

    // Parse user input. `homeDir` expands "~"; `currentDir` anchors relative
    // paths (both default to the process's). Errors name what is wrong.
    static Result<StoreUrl> parse(std::string_view text, std::string_view homeDir = {},
                                  std::string_view currentDir = {});

    // "s3://", "lakefs://": the account level above the buckets or
    // repositories (bucket empty); nullopt for anything else, and for file
    // and memory, which have no account level.
    static std::optional<StoreUrl> parseAccount(std::string_view text);
    bool isAccount() const { return scheme != Scheme::File && bucket.empty() && host.empty(); }

    // Canonical text form, parse(toString()) == *this (connection aside).
    std::string toString() const;

    // The store this location lives in (one ObjectStore per root) and the
    // key inside it. File urls are rooted at the filesystem root ("/" or
    // "C:/"), so the key is the path without that root.
    std::string storeRoot() const;
    std::string key() const;

    // The folder above (the bucket root's parent is itself) and a child.
    StoreUrl parent() const;
    StoreUrl child(std::string_view name) const;

    bool operator==(const StoreUrl &) const = default;
};

} // namespace lakescope
