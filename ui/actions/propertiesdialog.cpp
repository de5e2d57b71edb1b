// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/propertiesdialog.h"

#include "ui/actions/folderscan.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
#include "ui/session/locations.h"
#include "ui/session/session.h"
#include "ui/widgets/displayformat.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lakescope::ui {

namespace {

qint64 msecsOf(const Timestamp &time)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
}

QString sizeText(std::uint64_t bytes)
{
    return PropertiesDialog::tr("%1 (%2)").arg(DisplayFormat::size(bytes), DisplayFormat::exactBytes(bytes));
}

} // namespace

PropertiesDialog::PropertiesDialog(Session *session, const ActionEntry &entry, QWidget *parent)
    : QDialog(parent), m_session(session), m_entry(entry)
{
    setWindowTitle(tr("Properties of %1").arg(Locations::title(entry.url)));
    setAccessibleName(windowTitle());
    setModal(false);
    buildUi();
    if (m_entry.isFolder)
        countFolder();
    else
        loadObject();
}

PropertiesDialog::~PropertiesDialog()
{
    m_cancel.cancel();
}

std::chrono::seconds PropertiesDialog::expiryAt(int index)
{
    using namespace std::chrono;
    switch (index) {
    case 0:
        return minutes(15);
    case 1:
        return hours(1);
    case 2:
        return hours(24);
    default:
        return hours(24 * 7);
    }
}

void PropertiesDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    setMinimumWidth(520);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(m_form);
    setField(QStringLiteral("name"), tr("Name:"), Locations::title(m_entry.url));
    setField(QStringLiteral("url"), tr("URL:"), QString::fromStdString(m_entry.url.toString()));
    setField(QStringLiteral("kind"), tr("Kind:"), m_entry.isFolder ? tr("Folder") : tr("Object"));

    m_status = new QLabel(m_entry.isFolder ? tr("Counting…") : tr("Loading…"), this);
    m_status->setObjectName(QStringLiteral("propertiesStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setAccessibleName(tr("Stop counting"));
    m_stop->setVisible(m_entry.isFolder);
    connect(m_stop, &QPushButton::clicked, this, &PropertiesDialog::stopCounting);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_stop);
    layout->addLayout(statusRow);

    m_metadata = new QTableWidget(0, 2, this);
    m_metadata->setObjectName(QStringLiteral("metadataTable"));
    m_metadata->setAccessibleName(tr("User metadata"));
    m_metadata->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_metadata->horizontalHeader()->setStretchLastSection(true);
    m_metadata->verticalHeader()->hide();
    m_metadata->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metadata->setVisible(false);
    m_metadata->setMinimumHeight(110);
    layout->addWidget(m_metadata, 1);

    auto *copyUrlButton = new QPushButton(tr("Copy &URL"), this);
    copyUrlButton->setAccessibleName(tr("Copy URL"));
    connect(copyUrlButton, &QPushButton::clicked, this, &PropertiesDialog::copyUrl);
    m_expiry = new QComboBox(this);
    m_expiry->setAccessibleName(tr("Presigned link lifetime"));
    m_expiry->addItems({tr("15 minutes"), tr("1 hour"), tr("24 hours"), tr("7 days")});
    m_expiry->setCurrentIndex(1);
    m_presign = new QPushButton(tr("Copy &Presigned URL"), this);
    m_presign->setAccessibleName(tr("Copy presigned URL"));
    m_presign->setEnabled(false);
    connect(m_presign, &QPushButton::clicked, this, &PropertiesDialog::copyPresignedUrl);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(copyUrlButton);
    linkRow->addStretch(1);
    linkRow->addWidget(m_expiry);
    linkRow->addWidget(m_presign);
    layout->addLayout(linkRow);
    m_presignNote = new QLabel(this);
    m_presignNote->setObjectName(QStringLiteral("presignNote"));
    m_presignNote->setWordWrap(true);
    m_presignNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_presignNote);
    showPresignAvailability(false);
    if (m_entry.isFolder) {
        m_expiry->setVisible(false);
        m_presign->setVisible(false);
        m_presignNote->setVisible(false);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PropertiesDialog::setField(const QString &field, const QString &label, const QString &value)
{
    const QString name = QStringLiteral("field_") + field;
    if (auto *existing = findChild<QLabel *>(name)) {
        existing->setText(value);
        return;
    }
    auto *valueLabel = new QLabel(value, this);
    valueLabel->setObjectName(name);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    valueLabel->setWordWrap(true);
    valueLabel->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    m_form->addRow(label, valueLabel);
}

QString PropertiesDialog::fieldText(const QString &field) const
{
    const auto *label = findChild<QLabel *>(QStringLiteral("field_") + field);
    return label ? label->text() : QString();
}

void PropertiesDialog::showError(const QString &message)
{
    m_status->setText(message);
    m_status->setVisible(true);
}

void PropertiesDialog::loadObject()
{
    m_loading = true;
    struct Loaded
    {
        Result<ObjectInfo> info = Error::cancelled();
        bool canPresign = false;
    };
    auto resolver = m_session->resolver();
    auto cancel = m_cancel.token();
    m_session->runner()->run(
        this,
        [resolver, url = m_entry.url, cancel]() {
            Loaded loaded;
            auto location = resolver(url);
            if (!location) {
                loaded.info = location.error();
                return loaded;
            }
            loaded.canPresign = location.value().store->capabilities().presign;
            loaded.info = location.value().store->head(location.value().key, cancel);
            return loaded;
        },
        [this](Loaded result) {
            m_loading = false;
            if (!result.info)
                showError(tr("Could not read the properties: %1").arg(UiErrors::describe(result.info.error())));
            else
                showInfo(result.info.value(), result.canPresign);
            emit loaded();
        });
}

void PropertiesDialog::showInfo(const ObjectInfo &info, bool canPresign)
{
    m_status->setVisible(false);
    setField(QStringLiteral("size"), tr("Size:"), sizeText(info.size));
    if (info.modified)
        setField(QStringLiteral("modified"), tr("Modified:"), DisplayFormat::dateTimeLong(msecsOf(*info.modified)));
    if (!info.contentType.empty())
        setField(QStringLiteral("contentType"), tr("Content type:"), QString::fromStdString(info.contentType));
    if (!info.etag.empty())
        setField(QStringLiteral("etag"), tr("ETag:"), QString::fromStdString(info.etag));
    if (!info.checksum.empty()) {
        const QString checksum = QString::fromStdString(info.checksum);
        if (checksum.startsWith(QLatin1String("md5:")))
            setField(QStringLiteral("checksum"), tr("MD5:"), checksum.mid(4));
        else
            setField(QStringLiteral("checksum"), tr("Checksum:"), checksum);
    }
    if (!info.storageClass.empty())
        setField(QStringLiteral("storageClass"), tr("Storage class:"), QString::fromStdString(info.storageClass));
    if (m_entry.url.scheme == Scheme::LakeFs && !m_entry.url.ref.empty())
        setField(QStringLiteral("ref"), tr("lakeFS ref:"), QString::fromStdString(m_entry.url.ref));

    m_metadata->setRowCount(0);
    for (const auto &[key, value] : info.metadata) {
        const int row = m_metadata->rowCount();
        m_metadata->insertRow(row);
        m_metadata->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(key)));
        m_metadata->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(value)));
    }
    m_metadata->setVisible(!info.metadata.empty());
    m_metadata->resizeColumnToContents(0);
    showPresignAvailability(canPresign);
    // The fields arrived after the dialog was shown: grow to fit them
    // rather than squeeze the rows together.
    resize(size().expandedTo(sizeHint()));
}

void PropertiesDialog::showPresignAvailability(bool canPresign)
{
    m_presign->setEnabled(canPresign);
    m_expiry->setEnabled(canPresign);
    if (canPresign) {
        m_presignNote->setText(
            tr("Anyone with a presigned link can download this object until it expires. S3 signatures last at "
               "most 7 days, and links signed with temporary credentials (SSO, assumed roles) stop working when "
               "those credentials expire, which may be sooner."));
        return;
    }
    const QString reason = m_loading || m_entry.isFolder
        ? tr("Presigned links are offered once the object's store is known.")
        : m_entry.url.scheme == Scheme::File ? tr("Local files cannot be shared by a link.")
                                             : tr("This store cannot make presigned links.");
    m_presign->setToolTip(reason);
    m_presignNote->setText(reason);
}

void PropertiesDialog::countFolder()
{
    m_counting = true;
    auto resolver = m_session->resolver();
    auto cancel = m_cancel.token();
    AsyncRunner *runner = m_session->runner();
    QPointer<PropertiesDialog> guard(this);
    runner->run(
        this,
        [resolver, runner, guard, url = m_entry.url, cancel]() -> Result<FolderScan::Tally> {
            auto location = resolver(url);
            if (!location)
                return location.error();
            std::string prefix = location.value().key;
            if (!prefix.empty() && prefix.back() != '/')
                prefix += '/';
            // Totals go to the runner (which outlives every dialog) and only
            // there, on the GUI thread, is the guard checked.
            return FolderScan::scan(*location.value().store, prefix, false, cancel,
                                    [runner, guard](std::uint64_t objects, std::uint64_t bytes) {
                                        QMetaObject::invokeMethod(
                                            runner,
                                            [guard, objects, bytes]() {
                                                if (guard && guard->m_counting)
                                                    guard->showCount(objects, bytes, false);
                                            },
                                            Qt::QueuedConnection);
                                    });
        },
        [this](Result<FolderScan::Tally> tally) {
            m_counting = false;
            m_stop->setEnabled(false);
            if (tally)
                showCount(tally.value().objects, tally.value().bytes, true);
            else if (tally.error().code == ErrorCode::Cancelled)
                m_status->setText(tr("Counting stopped; the totals above are incomplete."));
            else
                showError(tr("Could not count the contents: %1").arg(UiErrors::describe(tally.error())));
            emit countFinished();
        });
}

void PropertiesDialog::showCount(std::uint64_t objects, std::uint64_t bytes, bool finished)
{
    setField(QStringLiteral("objectCount"), tr("Objects:"), DisplayFormat::count(qint64(objects)));
    setField(QStringLiteral("size"), tr("Total size:"), sizeText(bytes));
    m_status->setText(finished ? tr("Counted everything below this folder.") : tr("Counting…"));
}

void PropertiesDialog::open()
{
    setWindowModality(Qt::NonModal);
    show();
    raise();
    activateWindow();
}

void PropertiesDialog::stopCounting()
{
    m_cancel.cancel();
}

void PropertiesDialog::copyUrl()
{
    QApplication::clipboard()->setText(QString::fromStdString(m_entry.url.toString()));
}

void PropertiesDialog::copyPresignedUrl()
{
    const std::chrono::seconds expiry = expiryAt(m_expiry->currentIndex());
    auto resolver = m_session->resolver();
    m_presign->setEnabled(false);
    m_session->runner()->run(
        this,
        [resolver, url = m_entry.url, expiry]() -> Result<std::string> {
            auto location = resolver(url);
            if (!location)
                return location.error();
            return location.value().store->presign(location.value().key, PresignMethod::Get, expiry);
        },
        [this, expiry](Result<std::string> link) {
            m_presign->setEnabled(true);
            if (!link) {
                const QString message = tr("Could not make a presigned link: %1").arg(UiErrors::describe(link.error()));
                m_presignNote->setText(message);
                emit presignFailed(message);
                return;
            }
            const QString url = QString::fromStdString(link.value());
            const QDateTime expires = QDateTime::currentDateTime().addSecs(expiry.count());
            QApplication::clipboard()->setText(url);
            m_presignNote->setText(tr("Copied a link that works until %1 (unless the credentials that signed it "
                                      "expire first).")
                                       .arg(DisplayFormat::dateTimeLong(expires.toMSecsSinceEpoch())));
            emit presigned(url, expires);
        });
}

} // namespace lakescope::ui
