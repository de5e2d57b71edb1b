// SPDX-License-Identifier: Apache-2.0
//
// Renders the explorer's reference screenshots into a folder, the way a
// user sees them, against a real S3 peer (s3rver) and the built-in demo
// lake. Run under Xvfb so dialogs and docks are captured as one screen:
//
//     xvfb-run -a -s "-screen 0 1280x800x24" lakescope_screentour OUT_DIR
//
// Scenes: tree.png (the S3 connection and the demo lake expanded),
// drop.png (a desktop drop uploading in the transfer panel),
// properties.png (an object's properties), preview.png (a CSV preview),
// changes.png and history.png (the lakeFS review docks), compare.png (main
// against experiment with a text diff open) and merge.png (the merge review
// of experiment into main, its conflict selected). The demo lake is a fresh
// one in a temporary data folder, where main moves on after experiment
// split off so the two disagree on a file.
// It exits non-zero when a scene cannot be reached; pass --theme dark for
// the dark look.
#include "core/backends/s3/s3containerservice.h"
#include "core/common/bytestream.h"
#include "core/lakefs/client/lakeconnection.h"
#include "core/lakefs/demolake.h"
#include "tests/support/s3peer.h"
#include "tests/support/s3peerstores.h"
#include "ui/actions/actioncontext.h"
#include "ui/actions/propertiesdialog.h"
#include "ui/browser/browserpanel.h"
#include "ui/browser/objecttablemodel.h"
#include "ui/browser/objecttableview.h"
#include "ui/browser/storetreemodel.h"
#include "ui/browser/storetreeview.h"
#include "ui/connections/connectionmanager.h"
#include "ui/connections/connectionprofile.h"
#include "ui/mainwindow.h"
#include "ui/preview/previewpanel.h"
#include "ui/session/session.h"
#include "ui/transfers/dropcontroller.h"
#include "ui/transfers/transferservice.h"
#include "ui/transfers/transfertotals.h"
#include "ui/uiresources.h"
#include "ui/versioning/changespanel.h"
#include "ui/versioning/compareview.h"
#include "ui/versioning/difftreemodel.h"
#include "ui/versioning/historypanel.h"
#include "ui/versioning/mergedialog.h"
#include "ui/versioning/objectcomparepane.h"
#include "ui/widgets/theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QScreen>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

#include <cstdio>
#include <functional>
#include <memory>

using namespace lakescope;
using namespace lakescope::ui;

namespace {

// Steps run one after another; each waits (polling the window, never
// blocking it) until its condition holds, then acts.
class Tour : public QObject
{
public:
    struct Step
    {
        QString name;
        std::function<bool()> ready;
        std::function<void()> act;
        int timeoutMs = 20000;
    };

    void add(Step step) { m_steps.push_back(std::move(step)); }
    void onTimeout(std::function<void()> report) { m_onTimeout = std::move(report); }
    void start()
    {
        m_poll.setInterval(50);
        connect(&m_poll, &QTimer::timeout, this, [this] { tick(); });
        m_clock.start();
        m_poll.start();
    }

private:
    void tick()
    {
        if (m_next >= m_steps.size()) {
            m_poll.stop();
            QCoreApplication::exit(0);
            return;
        }
        Step &step = m_steps[m_next];
        if (step.ready()) {
            std::fprintf(stderr, "screentour: %s\n", qPrintable(step.name));
            step.act();
            ++m_next;
            m_clock.restart();
        } else if (m_clock.elapsed() > step.timeoutMs) {
            std::fprintf(stderr, "screentour: gave up waiting for: %s\n", qPrintable(step.name));
            if (m_onTimeout)
                m_onTimeout();
            QCoreApplication::exit(1);
        }
    }

    std::vector<Step> m_steps;
    std::function<void()> m_onTimeout;
    std::size_t m_next = 0;
    QTimer m_poll;
    QElapsedTimer m_clock;
};

bool grab(const QString &path)
{
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    const bool saved = shot.save(path);
    std::fprintf(stderr, "screentour: %s %s\n", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}

QModelIndex childNamed(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (child.data().toString() == name)
            return child;
    }
    return {};
}

Status seedBucket(const std::shared_ptr<ObjectStore> &store)
{
    // s3rver's delimiter listing misses folders holding only deeper
    // folders, so every level gets a file of its own.
    const std::vector<std::pair<std::string, std::string>> objects = {
        {"README.md", "# Sales data\nDaily exports from the shop.\n"},
        {"reports/summary.csv", "region,orders,revenue\nnorth,1204,88210.50\nsouth,993,70114.20\n"},
        {"reports/2024/q1.csv", "month,orders\n2024-01,3120\n2024-02,2988\n2024-03,3301\n"},
        {"reports/2024/q2.csv", "month,orders\n2024-04,3410\n2024-05,3502\n2024-06,3299\n"},
        {"raw/events-2024-06-01.json", R"({"event":"order","id":1})" "\n"},
        {"raw/events-2024-06-02.json", R"({"event":"order","id":2})" "\n"},
    };
    for (const auto &[key, body] : objects) {
        StringSource source(body);
        PutOptions options;
        options.contentType = key.ends_with(".csv") ? "text/csv" : key.ends_with(".json") ? "application/json" : "text/markdown";
        if (key == "reports/summary.csv")
            options.metadata = {{"owner", "analytics"}, {"pipeline", "nightly-export"}};
        if (Result<ObjectInfo> put = store->put(key, source, options); !put)
            return put.error();
    }
    return {};
}

QStringList makeDropFolder(const QString &root)
{
    // A folder of exports a user would drag in: many small files, so the
    // transfer panel shows a job with progress for a while.
    QDir(root).mkpath(QStringLiteral("exports-2024-07"));
    const QByteArray line = QByteArrayLiteral("2024-07-01,order,4711,19.99,EUR,north\n").repeated(4096);
    for (int i = 0; i < 400; ++i) {
        QFile file(root + QStringLiteral("/exports-2024-07/part-%1.csv").arg(i, 5, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(line);
    }
    return {root + QStringLiteral("/exports-2024-07")};
}

// The demo lake, with main moved on after experiment split off: a fix to
// February's trips on main, while experiment cleaned the same file, so the
// merge review has a conflict to show.
Status seedDivergedDemo()
{
    StoreOptions options;
    (void)options.set("lakefs_endpoint", "file://" + Session::demoLakeFolder().toStdString());
    auto lake = lakefs::connectLake(options);
    if (!lake)
        return lake.error();
    if (Status seeded = lakefs::seedDemoLake(**lake); !seeded)
        return seeded;
    const std::string path = "datasets/taxi/2024-02.csv";
    StringSink current;
    if (auto read = (*lake)->getObject("demo", "main", path, current); !read)
        return read.error();
    std::string text = current.data();
    const std::size_t secondLine = text.find('\n') + 1;
    const std::size_t thirdLine = text.find('\n', secondLine) + 1;
    text.erase(secondLine, thirdLine - secondLine); // a duplicated trip dropped
    lakefs::UploadRequest upload;
    upload.path = path;
    upload.contentType = "text/csv";
    StringSource body(text);
    if (auto written = (*lake)->uploadObject("demo", "main", upload, body); !written)
        return written.error();
    lakefs::CommitCreation fix;
    fix.message = "Drop a duplicated February trip";
    if (auto made = (*lake)->commit("demo", "main", fix); !made)
        return made.error();
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    // Never the user's own settings, keychain entries or demo lake.
    QTemporaryDir home;
    for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(variable, (home.path() + QLatin1Char('/') + QString::fromLatin1(variable)).toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lakescope"));
    QApplication::setApplicationName(QStringLiteral("Lakescope"));
    UiResources::init();
    UiResources::installTranslations(app);
    const QStringList args = app.arguments();
    const QString out = args.size() > 1 && !args.at(1).startsWith(QLatin1String("--")) ? args.at(1) : QStringLiteral(".");
    QDir().mkpath(out);

    Theme theme;
    if (args.contains(QStringLiteral("--theme")) && args.indexOf(QStringLiteral("--theme")) + 1 < args.size())
        theme.setMode(Theme::modeFromName(args.at(args.indexOf(QStringLiteral("--theme")) + 1)));

    QString error;
    auto peer = testing::S3Peer::startS3rver(&error);
    if (!peer) {
        std::fprintf(stderr, "screentour: %s\n", qPrintable(error));
        return 2;
    }
    testing::S3PeerStores stores(*peer);
    // A name a user would give it, not the tests' unique one: the peer is ours alone.
    auto client = stores.client();
    if (!client || !S3ContainerService(*client).createContainer("sales-data")) {
        std::fprintf(stderr, "screentour: could not create the bucket on the S3 peer\n");
        return 2;
    }
    auto bucket = stores.store("sales-data");
    if (!bucket || !seedBucket(*bucket)) {
        std::fprintf(stderr, "screentour: could not seed the S3 peer\n");
        return 2;
    }
    QTemporaryDir desktop;
    const QStringList dropped = makeDropFolder(desktop.path());
    if (Status diverged = seedDivergedDemo(); !diverged) {
        std::fprintf(stderr, "screentour: could not prepare the demo lake: %s\n", diverged.error().toString().c_str());
        return 2;
    }

    Session session;
    MainWindow window(&session);
    window.setSettingsEnabled(false);
    window.setTheme(&theme);
    window.resize(1280, 800);
    window.show();

    ConnectionProfile s3;
    s3.id = QStringLiteral("local-s3");
    s3.name = QStringLiteral("Local S3 (s3rver)");
    s3.type = ConnectionProfile::Type::S3;
    s3.endpoint = peer->endpoint();
    s3.region = peer->region();
    s3.addressing = ConnectionProfile::Addressing::Path;
    s3.accessKeyId = peer->accessKey();
    window.connections()->saveProfile(s3, peer->secretKey(), true);

    StoreTreeModel *tree = window.treeModel();
    const auto root = [tree](const QString &name) { return childNamed(*tree, {}, name); };
    const auto expandPath = [&window, tree](const QModelIndex &index) {
        window.treeView()->expand(index);
        return tree->rowCount(index) > 0;
    };
    StoreUrl reports = *StoreUrl::parse("s3://sales-data/reports/");
    reports.connection = s3.id.toStdString();

    Tour tour;
    tour.add({QStringLiteral("the S3 connection appears"), [&] { return root(s3.name).isValid(); },
              [&] { window.browser()->openUrl(reports); }});
    tour.add({QStringLiteral("buckets listed"), [&] { return expandPath(root(s3.name)); }, [] {}});
    tour.add({QStringLiteral("bucket listed"),
              [&] { return expandPath(childNamed(*tree, root(s3.name), QStringLiteral("sales-data"))); }, [] {}});
    tour.add({QStringLiteral("demo lake listed"), [&] { return expandPath(root(QStringLiteral("Demo lake"))); }, [] {}});
    tour.add({QStringLiteral("demo repository listed"),
              [&] { return expandPath(childNamed(*tree, root(QStringLiteral("Demo lake")), QStringLiteral("demo"))); },
              [] {}});
    tour.add({QStringLiteral("tags listed"),
              [&] {
                  const QModelIndex repo = childNamed(*tree, root(QStringLiteral("Demo lake")), QStringLiteral("demo"));
                  return expandPath(childNamed(*tree, repo, QStringLiteral("Tags")));
              },
              [] {}});
    tour.add({QStringLiteral("tree.png"),
              [&] {
                  if (window.browser()->isLoading())
                      return false;
                  if (window.browser()->model()->rowCount() == 0)
                      window.browser()->openUrl(reports); // the connection's secret may have arrived after the first try
                  return window.browser()->model()->rowCount() > 0;
              },
              [&] { grab(out + QStringLiteral("/tree.png")); }});

    tour.add({QStringLiteral("drop a folder from the desktop"), [] { return true; },
              [&] {
                  window.drops()->setFixedPolicy(ConflictPolicy::Overwrite);
                  QList<QUrl> urls;
                  for (const QString &path : dropped)
                      urls.append(QUrl::fromLocalFile(path));
                  window.drops()->handleDrop(urls, {}, reports, Qt::CopyAction, &window);
              }});
    tour.add({QStringLiteral("drop.png"),
              [&] {
                  const TransferTotals totals = window.transfers()->totals();
                  return totals.percent >= 15 && totals.percent <= 85;
              },
              [&] { grab(out + QStringLiteral("/drop.png")); }, 60000});

    PropertiesDialog *properties = nullptr;
    bool propertiesLoaded = false;
    tour.add({QStringLiteral("properties of an object"), [] { return true; },
              [&] {
                  StoreUrl summary = reports.child("summary.csv");
                  properties = new PropertiesDialog(&session, ActionEntry{summary, false, std::nullopt}, &window);
                  properties->setAttribute(Qt::WA_DeleteOnClose);
                  QObject::connect(properties, &PropertiesDialog::loaded, &app,
                                   [&propertiesLoaded] { propertiesLoaded = true; });
                  properties->open();
              }});
    tour.add({QStringLiteral("properties.png"),
              [&] { return propertiesLoaded; },
              [&] {
                  grab(out + QStringLiteral("/properties.png"));
                  properties->close();
              }});

    tour.add({QStringLiteral("open a CSV in the demo lake"), [] { return true; },
              [&] { window.openLocation(QStringLiteral("lakefs://demo/main/datasets/taxi/")); }});
    bool previewShown = false;
    QObject::connect(window.preview(), &PreviewPanel::shown, &app, [&previewShown] { previewShown = true; });
    tour.add({QStringLiteral("select it"),
              [&] { return !window.browser()->isLoading() && window.browser()->model()->rowCount() >= 2; },
              [&] {
                  window.transferDock()->hide();
                  window.previewDock()->show();
                  ObjectTableView *table = window.browser()->tableView();
                  table->setFocus();
                  table->selectRow(0);
              }});
    tour.add({QStringLiteral("preview.png"), [&] { return previewShown; },
              [&] { grab(out + QStringLiteral("/preview.png")); }});

    // The lakeFS review docks: the experiment branch's uncommitted changes,
    // then main's history.
    StoreUrl experiment = *StoreUrl::parse("lakefs://demo/experiment/");
    experiment.connection = Session::demoConnectionId().toStdString();
    tour.add({QStringLiteral("changes of a branch"), [] { return true; },
              [&] {
                  window.previewDock()->hide();
                  window.showChanges(experiment);
              }});
    tour.add({QStringLiteral("changes.png"),
              [&] { return window.changes()->findChild<QAbstractItemView *>()->model()->rowCount() > 0; },
              [&] { grab(out + QStringLiteral("/changes.png")); }});
    StoreUrl main = *StoreUrl::parse("lakefs://demo/main/");
    main.connection = experiment.connection;
    tour.add({QStringLiteral("history of main"), [] { return true; }, [&] { window.showHistory(main); }});
    tour.add({QStringLiteral("history.png"),
              [&] {
                  for (QAbstractItemView *view : window.history()->findChildren<QAbstractItemView *>()) {
                      if (view->model() && view->model()->rowCount() >= 2 && view->model()->columnCount() >= 3)
                          return true;
                  }
                  return false;
              },
              [&] { grab(out + QStringLiteral("/history.png")); }});

    // Two refs compared, the conflicting February file open side by side.
    const QString february = QStringLiteral("datasets/taxi/2024-02.csv");
    tour.add({QStringLiteral("compare main with experiment"), [] { return true; },
              [&] { window.showCompare(main, QStringLiteral("main"), QStringLiteral("experiment")); }});
    bool compareShown = false;
    QObject::connect(window.compareView()->contentPane(), &ObjectComparePane::loaded, &app,
                     [&compareShown] { compareShown = true; });
    tour.add({QStringLiteral("select the February trips"),
              [&] { return window.compareView()->model()->indexOfPath(february).isValid(); },
              [&] {
                  QTreeView *view = window.compareView()->view();
                  const QModelIndex file = window.compareView()->model()->indexOfPath(february);
                  view->expandAll();
                  view->setFocus();
                  view->setCurrentIndex(file);
              }});
    tour.add({QStringLiteral("compare.png"),
              [&] { return compareShown && window.compareView()->contentPane()->mode() == ObjectComparePane::Mode::Text; },
              [&] { grab(out + QStringLiteral("/compare.png")); }});

    // The merge review of experiment into main, with its conflict open.
    MergeDialog *merge = nullptr;
    bool mergePaneShown = false;
    tour.add({QStringLiteral("review merging experiment into main"), [] { return true; },
              [&] { window.openMergeReview(experiment, main); }});
    tour.add({QStringLiteral("select the conflict"),
              [&] {
                  merge = window.findChild<MergeDialog *>();
                  return merge && merge->isPreflightDone() && merge->changesModel()->isComplete()
                      && merge->changesModel()->indexOfPath(february).isValid();
              },
              [&] {
                  QObject::connect(merge->comparePane(), &ObjectComparePane::loaded, &app,
                                   [&mergePaneShown] { mergePaneShown = true; });
                  merge->changesView()->setFocus();
                  merge->changesView()->setCurrentIndex(merge->changesModel()->indexOfPath(february));
              }});
    tour.add({QStringLiteral("merge.png"),
              [&] { return mergePaneShown && merge->comparePane()->mode() == ObjectComparePane::Mode::Text; },
              [&] {
                  grab(out + QStringLiteral("/merge.png"));
                  merge->reject();
              }});

    tour.onTimeout([&window] {
        std::fprintf(stderr, "screentour: the window says: %s | %s\n", qPrintable(window.statusText()),
                     qPrintable(window.windowTitle()));
        grab(QStringLiteral("/tmp/screentour-timeout.png"));
    });
    tour.start();
    const int code = app.exec();
    window.transfers()->interruptAll();
    return code;
}
