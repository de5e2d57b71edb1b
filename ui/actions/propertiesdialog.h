// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/store/objectinfo.h"
#include "ui/actions/actioncontext.h"

#include <QDialog>

#include <chrono>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lakescope::ui {

class Session;

// Everything known about one object or folder. Non-modal: open() shows it
// at once with "Loading…" while head() (or, for a folder, a count page by
// page with a Stop button) runs on the session's runner. Copy URL and Copy
// Presigned URL put links on the clipboard.
class PropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    PropertiesDialog(Session *session, const ActionEntry &entry, QWidget *parent = nullptr);
    ~PropertiesDialog() override;

    const ActionEntry &entry() const { return m_entry; }
    bool isLoading() const { return m_loading; }
    bool isCounting() const { return m_counting; }
    // The shown value of a field ("size", "modified", "contentType", "etag",
    // "checksum", "storageClass", "objectCount", ...), for tests and
    // accessibility checks; empty when the field is not shown.
    QString fieldText(const QString &field) const;
    QTableWidget *metadataTable() const { return m_metadata; }
    QPushButton *presignButton() const { return m_presign; }
    QComboBox *expiryChooser() const { return m_expiry; }

    static std::chrono::seconds expiryAt(int index);

public slots:
    // Shows the dialog without blocking the window behind it: properties of
    // several objects can stay open while the user keeps browsing.
    void open() override;
    void stopCounting();
    void copyUrl();
    void copyPresignedUrl();

signals:
    void loaded();
    void countFinished();
    // The link now on the clipboard and when it stops working.
    void presigned(const QString &url, const QDateTime &expires);
    void presignFailed(const QString &message);

private:
    void buildUi();
    void loadObject();
    void countFolder();
    void showInfo(const ObjectInfo &info, bool canPresign);
    void showPresignAvailability(bool canPresign);
    void showCount(std::uint64_t objects, std::uint64_t bytes, bool finished);
    void setField(const QString &field, const QString &label, const QString &value);
    void showError(const QString &message);

    Session *m_session;
    ActionEntry m_entry;
    CancellationSource m_cancel;
    bool m_loading = false;
    bool m_counting = false;

    QFormLayout *m_form = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_metadata = nullptr;
    QPushButton *m_stop = nullptr;
    QComboBox *m_expiry = nullptr;
    QPushButton *m_presign = nullptr;
    QLabel *m_presignNote = nullptr;
};

} // namespace lakescope::ui
