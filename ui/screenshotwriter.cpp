// SPDX-License-Identifier: Apache-2.0
#include "ui/screenshotwriter.h"

#include "ui/browser/storetreemodel.h"
#include "ui/browser/storetreeview.h"
#include "ui/mainwindow.h"

#include <QPixmap>

#include <cstdio>

namespace lakescope::ui {

ScreenshotWriter::ScreenshotWriter(MainWindow *window, QString path, int timeoutMs, QObject *parent)
    : QObject(parent), m_window(window), m_path(std::move(path))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        m_done = true;
        std::fprintf(stderr, "lakescope: no listing arrived within %d s; no screenshot written\n",
                     m_timeout.interval() / 1000);
        emit finished(1);
    });
}

void ScreenshotWriter::start()
{
    connect(m_window, &MainWindow::firstListingShown, this, [this] {
        m_listingShown = true;
        check();
    });
    connect(m_window->treeView(), &StoreTreeView::revealFinished, this, &ScreenshotWriter::check);
    connect(m_window->treeModel(), &StoreTreeModel::fetchFinished, this, &ScreenshotWriter::check);
    connect(m_window->treeModel(), &StoreTreeModel::fetchFailed, this, &ScreenshotWriter::check);
    m_timeout.start();
}

void ScreenshotWriter::check()
{
    if (m_done || !m_listingShown)
        return;
    // The tree follows the location by listing folders on the way down; a
    // shot taken halfway would show it mid-jump.
    if (m_window->treeView()->isRevealing() || m_window->treeModel()->fetchesInFlight() > 0)
        return;
    m_done = true;
    // One more turn of the event loop applies pending layouts and updates.
    QTimer::singleShot(0, this, &ScreenshotWriter::capture);
}

void ScreenshotWriter::capture()
{
    const QPixmap shot = m_window->grab();
    if (shot.isNull() || !shot.save(m_path)) {
        std::fprintf(stderr, "lakescope: could not write the screenshot to %s\n", qPrintable(m_path));
        emit finished(1);
        return;
    }
    emit finished(0);
}

} // namespace lakescope::ui
