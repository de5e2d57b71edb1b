// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "ui/connections/connectionprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lakescope::ui {

class AsyncRunner;

// Add or edit one connection. Shows only the fields of the chosen type,
// keeps OK disabled while the form has a problem and says which, and tests
// the connection on the runner (a second click replaces the running test).
// The secret field starts empty when editing: empty keeps the stored
// secret, anything typed replaces it.
//
// Open it with open(); on accepted() read profile(), newSecret() and
// keepSecretForSessionOnly(). ConnectionManager does exactly that.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(AsyncRunner *runner, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Fills the form (editing); `storedSecret` is used by Test connection
    // when the secret field is left empty.
    void setProfile(const ConnectionProfile &profile, const QString &storedSecret = {});
    // Without a keychain a typed secret can only be kept for this session;
    // the dialog says so and asks for consent before OK is enabled.
    void setKeychainAvailable(bool available);

    // The form as a profile (the id of the edited one, or a fresh one).
    ConnectionProfile profile() const;
    // What was typed in the secret field ("" = keep the stored one).
    QString newSecret() const;
    bool keepSecretForSessionOnly() const;
    // Why OK is disabled, or "" when the form can be saved.
    QString problem() const;
    // The last test's result, "" before the first one.
    QString testMessage() const;

public slots:
    void testConnection();

signals:
    void testFinished(bool ok, const QString &message);

private:
    void buildForm();
    void updateForm();
    bool usesSecret() const;
    // The stored secret belongs to the original type; a new type needs a new one.
    bool storedSecretApplies() const;
    QString secretForTest() const;
    void chooseFolder();

    AsyncRunner *m_runner;
    ConnectionProfile m_original;
    QString m_storedSecret;
    bool m_keychainAvailable = true;
    std::shared_ptr<CancellationSource> m_test;
    int m_testGeneration = 0;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_region = nullptr;
    QComboBox *m_addressing = nullptr;
    QLineEdit *m_awsProfile = nullptr;
    QLineEdit *m_accessKeyId = nullptr;
    QLineEdit *m_secret = nullptr;
    QWidget *m_folderRow = nullptr;
    QLineEdit *m_folder = nullptr;
    QCheckBox *m_verifyTls = nullptr;
    QLineEdit *m_caBundle = nullptr;
    QLabel *m_keychainNotice = nullptr;
    QCheckBox *m_sessionOnly = nullptr;
    QLabel *m_importedFrom = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lakescope::ui
