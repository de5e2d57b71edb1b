// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace lakescope::ui {

class MainWindow;

// `lakescope --screenshot FILE`: waits (on signals, never by sleeping) until
// the window shows the first page of its folder and the tree has settled,
// renders the window to FILE and reports an exit code. Gives up after a
// timeout so a hung listing fails a docs build instead of blocking it.
class ScreenshotWriter : public QObject
{
    Q_OBJECT

public:
    ScreenshotWriter(MainWindow *window, QString path, int timeoutMs = 20000, QObject *parent = nullptr);

    void start();

signals:
    void finished(int exitCode);

private:
    void check();
    void capture();

    MainWindow *m_window;
    QString m_path;
    QTimer m_timeout;
    bool m_listingShown = false;
    bool m_done = false;
};

} // namespace lakescope::ui
