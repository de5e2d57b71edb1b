// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeregistry.h"
#include "ui/session/connection.h"
#include "ui/transfers/transferlauncher.h"

#include <QList>

namespace lakescope::testing {

// Test double of the transfer queue: records copies, and does moves at once
// on the calling thread with store copy + delete. Only for unit tests of
// the actions; the real launcher runs jobs on workers with progress.
class CopyDeleteTestLauncher final : public ui::TransferLauncher
{
public:
    explicit CopyDeleteTestLauncher(ui::StoreResolver resolver) : m_resolver(std::move(resolver)) {}

    struct CopyCall
    {
        QList<StoreUrl> sources;
        StoreUrl destination;
        ConflictPolicy policy;
    };
    QList<CopyCall> copies;
    QList<QPair<StoreUrl, StoreUrl>> moves;

    QString copy(const QList<StoreUrl> &sources, const StoreUrl &destinationFolder, ConflictPolicy policy) override
    {
        copies.append({sources, destinationFolder, policy});
        return QStringLiteral("copy-%1").arg(copies.size());
    }

    QString moveTo(const StoreUrl &source, const StoreUrl &target) override
    {
        moves.append({source, target});
        auto from = m_resolver(source);
        auto to = m_resolver(target);
        if (!from || !to)
            return {};
        ObjectStore &store = *from.value().store;
        const std::string fromKey = from.value().key;
        const std::string toKey = to.value().key;
        if (fromKey.empty() || fromKey.back() != '/') {
            if (!store.copy(fromKey, toKey))
                return {};
            (void)store.removeBatch({fromKey});
            return QStringLiteral("move-%1").arg(moves.size());
        }
        ListOptions options;
        options.prefix = fromKey;
        std::vector<std::string> moved;
        do {
            auto page = store.list(options);
            if (!page)
                return {};
            for (const ObjectInfo &object : page.value().objects) {
                if (!store.copy(object.key, toKey + object.key.substr(fromKey.size())))
                    return {};
                moved.push_back(object.key);
            }
            options.pageToken = page.value().nextPageToken;
        } while (!options.pageToken.empty());
        (void)store.removeBatch(moved);
        return QStringLiteral("move-%1").arg(moves.size());
    }

private:
    ui::StoreResolver m_resolver;
};

} // namespace lakescope::testing
