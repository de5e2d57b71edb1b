// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <string_view>

namespace lakescope::ui {

// The levels a browser walks through above and inside stores:
//   s3://, lakefs://            account: buckets or repositories
//   lakefs://repo               a repository: its branches and tags
//   s3://b/x, lakefs://r/main/x inside a store: folders and objects
// StoreUrl::parent() stops at a store's root; these rules go on up.
class LocationLevels
{
    Q_DECLARE_TR_FUNCTIONS(LocationLevels)

public:
    enum class Level { Account, Repository, Store };

    static Level of(const StoreUrl &url);
    // Whether the scheme has an account level above its buckets.
    static bool hasAccount(Scheme scheme);

    // One level up (the account of a bucket root, the repository of a ref
    // root); the url itself at the top.
    static StoreUrl up(const StoreUrl &url);
    // The row `leaf` of the listing at `url` (a bucket, a ref, a key).
    static StoreUrl child(const StoreUrl &url, std::string_view leaf);
    // From the top down to `url` itself, for breadcrumbs.
    static QList<StoreUrl> trail(const StoreUrl &url);
    // What a breadcrumb shows for the last step of `url`.
    static QString label(const StoreUrl &url);

    // Why objects cannot be written at `url` ("" when they can). Tags and
    // commits are read-only by nature; `readOnlyRef` tells that `url`'s ref
    // is known not to be a branch.
    static QString refusal(const StoreUrl &url, bool readOnlyRef = false);
};

} // namespace lakescope::ui
