// SPDX-License-Identifier: Apache-2.0
#include "ui/connections/connectiondialog.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/connections/connectionprobe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lakescope::ui {

namespace {

QLineEdit *lineEdit(
    QWidget *parent, const QString &objectName, const QString &accessibleName, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLabel *wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ConnectionDialog::ConnectionDialog(AsyncRunner *runner, QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
{
    setWindowTitle(tr("Add Connection"));
    setMinimumWidth(480);
    m_original.id = ConnectionProfile::newId();
    buildForm();
    updateForm();
}

ConnectionDialog::~ConnectionDialog()
{
    if (m_test)
        m_test->cancel();
}

void ConnectionDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    m_name = lineEdit(this, QStringLiteral("name"), tr("Connection name"), tr("e.g. Production data"));
    m_form->addRow(tr("&Name:"), m_name);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->setAccessibleName(tr("Connection type"));
    for (auto type : { ConnectionProfile::Type::S3, ConnectionProfile::Type::LakeFs, ConnectionProfile::Type::Folder })
        m_type->addItem(ConnectionProfile::typeName(type), int(type));
    m_form->addRow(tr("T&ype:"), m_type);

    m_endpoint = lineEdit(this, QStringLiteral("endpoint"), tr("Endpoint URL"));
    m_form->addRow(tr("&Endpoint:"), m_endpoint);
    m_region = lineEdit(this, QStringLiteral("region"), tr("Region"), tr("us-east-1"));
    m_form->addRow(tr("&Region:"), m_region);

    m_addressing = new QComboBox(this);
    m_addressing->setObjectName(QStringLiteral("addressing"));
    m_addressing->setAccessibleName(tr("Addressing style"));
    m_addressing->addItem(tr("Automatic"), int(ConnectionProfile::Addressing::Auto));
    m_addressing->addItem(tr("Path style (endpoint/bucket)"), int(ConnectionProfile::Addressing::Path));
    m_addressing->addItem(tr("Virtual hosted (bucket.endpoint)"), int(ConnectionProfile::Addressing::Virtual));
    m_form->addRow(tr("&Addressing:"), m_addressing);

    m_awsProfile = lineEdit(
        this, QStringLiteral("awsProfile"), tr("AWS profile"), tr("a profile in ~/.aws/config, or leave empty"));
    m_form->addRow(tr("AWS &profile:"), m_awsProfile);
    m_accessKeyId = lineEdit(this, QStringLiteral("accessKeyId"), tr("Access key id"));
    m_form->addRow(tr("Access &key id:"), m_accessKeyId);
    m_secret = lineEdit(this, QStringLiteral("secret"), tr("Secret access key"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_form->addRow(tr("&Secret:"), m_secret);

    m_folderRow = new QWidget(this);
    auto *folderLayout = new QHBoxLayout(m_folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    m_folder = lineEdit(m_folderRow, QStringLiteral("folder"), tr("Folder"), tr("/path/to/folder"));
    auto *browse = new QPushButton(tr("&Browse…"), m_folderRow);
    browse->setAccessibleName(tr("Choose folder"));
    folderLayout->addWidget(m_folder);
    m_folderRow->setFocusProxy(m_folder);
    folderLayout->addWidget(browse);
    m_form->addRow(tr("&Folder:"), m_folderRow);
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::chooseFolder);

    m_verifyTls = new QCheckBox(tr("&Verify TLS certificates"), this);
    m_verifyTls->setObjectName(QStringLiteral("verifyTls"));
    m_verifyTls->setAccessibleName(tr("Verify TLS certificates"));
    m_verifyTls->setChecked(true);
    m_form->addRow(QString(), m_verifyTls);
    m_caBundle = lineEdit(this, QStringLiteral("caBundle"), tr("CA certificates file"),
        tr("optional: PEM file of a private certificate authority"));
    m_form->addRow(tr("&CA certificates:"), m_caBundle);

    m_keychainNotice = wrappingLabel(this, QStringLiteral("keychainNotice"));
    m_keychainNotice->setText(tr("No system keychain is available, so the secret cannot be saved. It can be kept "
                                 "in memory until Lakescope quits."));
    m_sessionOnly = new QCheckBox(tr("Keep the secret for this session &only"), this);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnly"));
    m_sessionOnly->setAccessibleName(tr("Keep the secret for this session only"));
    layout->addWidget(m_keychainNotice);
    layout->addWidget(m_sessionOnly);

    m_importedFrom = wrappingLabel(this, QStringLiteral("importedFrom"));
    layout->addWidget(m_importedFrom);
    m_problem = wrappingLabel(this, QStringLiteral("problem"));
    m_problem->setAccessibleName(tr("Problem"));
    layout->addWidget(m_problem);

    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_testButton->setObjectName(QStringLiteral("test"));
    m_testButton->setAccessibleName(tr("Test connection"));
    m_testButton->setAutoDefault(false);
    m_testResult = wrappingLabel(this, QStringLiteral("testResult"));
    m_testResult->setAccessibleName(tr("Test result"));
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *edit :
        { m_name, m_endpoint, m_region, m_awsProfile, m_accessKeyId, m_secret, m_folder, m_caBundle })
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateForm);
    for (QComboBox *box : { m_type, m_addressing })
        connect(box, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateForm);
    for (QCheckBox *box : { m_verifyTls, m_sessionOnly })
        connect(box, &QCheckBox::toggled, this, &ConnectionDialog::updateForm);
}

void ConnectionDialog::setProfile(const ConnectionProfile &profile, const QString &storedSecret)
{
    setWindowTitle(tr("Edit Connection"));
    m_original = profile;
    m_storedSecret = storedSecret;
    m_name->setText(profile.name);
    m_type->setCurrentIndex(m_type->findData(int(profile.type)));
    m_endpoint->setText(profile.endpoint);
    m_region->setText(profile.region);
    m_addressing->setCurrentIndex(m_addressing->findData(int(profile.addressing)));
    m_awsProfile->setText(profile.awsProfile);
    m_accessKeyId->setText(profile.accessKeyId);
    m_secret->clear();
    m_folder->setText(profile.folder);
    m_verifyTls->setChecked(profile.verifyTls);
    m_caBundle->setText(profile.caBundle);
    m_importedFrom->setText(
        profile.importedFrom.isEmpty() ? QString() : tr("Imported from %1.").arg(profile.importedFrom));
    updateForm();
}

void ConnectionDialog::setKeychainAvailable(bool available)
{
    m_keychainAvailable = available;
    updateForm();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile profile = m_original;
    profile.name = m_name->text().trimmed();
    profile.type = ConnectionProfile::Type(m_type->currentData().toInt());
    profile.endpoint.clear();
    profile.region.clear();
    profile.addressing = ConnectionProfile::Addressing::Auto;
    profile.awsProfile.clear();
    profile.accessKeyId.clear();
    profile.folder.clear();
    profile.verifyTls = true;
    profile.caBundle.clear();
    // Only the fields of the chosen type: a folder keeps no stale endpoint.
    switch (profile.type) {
    case ConnectionProfile::Type::S3:
        profile.region = m_region->text().trimmed();
        profile.addressing = ConnectionProfile::Addressing(m_addressing->currentData().toInt());
        profile.awsProfile = m_awsProfile->text().trimmed();
        [[fallthrough]];
    case ConnectionProfile::Type::LakeFs:
        profile.endpoint = m_endpoint->text().trimmed();
        profile.accessKeyId = m_accessKeyId->text();
        profile.verifyTls = m_verifyTls->isChecked();
        profile.caBundle = m_caBundle->text().trimmed();
        break;
    case ConnectionProfile::Type::Folder:
        profile.folder = m_folder->text().trimmed();
        break;
    }
    profile.hasSecret = usesSecret() && (!m_secret->text().isEmpty() || storedSecretApplies());
    return profile;
}

QString ConnectionDialog::newSecret() const
{
    return usesSecret() ? m_secret->text() : QString();
}

bool ConnectionDialog::keepSecretForSessionOnly() const
{
    return !m_keychainAvailable && m_sessionOnly->isChecked();
}

bool ConnectionDialog::usesSecret() const
{
    const auto type = ConnectionProfile::Type(m_type->currentData().toInt());
    return type == ConnectionProfile::Type::LakeFs
        || (type == ConnectionProfile::Type::S3 && !m_accessKeyId->text().trimmed().isEmpty());
}

QString ConnectionDialog::problem() const
{
    const ConnectionProfile current = profile();
    if (QString problem = current.validate(); !problem.isEmpty())
        return problem;
    const bool typed = !m_secret->text().isEmpty();
    if (usesSecret() && !typed && !storedSecretApplies()) {
        return current.type == ConnectionProfile::Type::LakeFs ? tr("Enter the lakeFS secret access key.")
                                                               : tr("Enter the secret access key of this key id.");
    }
    if (usesSecret() && typed && !m_keychainAvailable && !m_sessionOnly->isChecked())
        return tr("No keychain can save the secret: tick \"Keep the secret for this session only\" to use it until "
                  "Lakescope quits.");
    return {};
}

QString ConnectionDialog::testMessage() const
{
    return m_testResult->text();
}

void ConnectionDialog::updateForm()
{
    const auto type = ConnectionProfile::Type(m_type->currentData().toInt());
    const bool s3 = type == ConnectionProfile::Type::S3;
    const bool lake = type == ConnectionProfile::Type::LakeFs;
    m_form->setRowVisible(m_endpoint, s3 || lake);
    m_form->setRowVisible(m_region, s3);
    m_form->setRowVisible(m_addressing, s3);
    m_form->setRowVisible(m_awsProfile, s3);
    m_form->setRowVisible(m_accessKeyId, s3 || lake);
    m_form->setRowVisible(m_secret, s3 || lake);
    m_form->setRowVisible(m_folderRow, type == ConnectionProfile::Type::Folder);
    m_form->setRowVisible(m_verifyTls, s3 || lake);
    m_form->setRowVisible(m_caBundle, s3 || lake);
    m_endpoint->setPlaceholderText(
        s3 ? tr("empty for AWS, or e.g. http://localhost:9000") : tr("e.g. http://localhost:8000"));
    m_secret->setPlaceholderText(storedSecretApplies() ? tr("stored; type to replace") : QString());
    const bool askConsent = !m_keychainAvailable && usesSecret() && !m_secret->text().isEmpty();
    m_keychainNotice->setVisible(askConsent);
    m_sessionOnly->setVisible(askConsent);
    m_importedFrom->setVisible(!m_importedFrom->text().isEmpty());

    const QString reason = problem();
    m_problem->setText(reason);
    m_problem->setVisible(!reason.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
}

QString ConnectionDialog::secretForTest() const
{
    if (!m_secret->text().isEmpty())
        return m_secret->text();
    return storedSecretApplies() ? m_storedSecret : QString();
}

bool ConnectionDialog::storedSecretApplies() const
{
    return m_original.hasSecret && ConnectionProfile::Type(m_type->currentData().toInt()) == m_original.type;
}

void ConnectionDialog::testConnection()
{
    if (m_test)
        m_test->cancel();
    m_test = std::make_shared<CancellationSource>();
    const int generation = ++m_testGeneration;
    m_testResult->setText(tr("Testing…"));
    m_runner->run(
        this,
        [profile = profile(), secret = secretForTest(), cancel = m_test->token()] {
            return ConnectionProbe::run(profile, secret, cancel);
        },
        [this, generation](const ConnectionProbe::Report &report) {
            // A newer click replaced this test; its answer is the one shown.
            if (generation != m_testGeneration)
                return;
            m_testResult->setText(report.message);
            emit testFinished(report.ok, report.message);
        });
}

void ConnectionDialog::chooseFolder()
{
    auto *picker = new QFileDialog(this, tr("Choose Folder"), m_folder->text());
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::Directory);
    picker->setOption(QFileDialog::ShowDirsOnly);
    connect(picker, &QFileDialog::fileSelected, this, [this](const QString &path) { m_folder->setText(path); });
    picker->open();
}

} // namespace lakescope::ui
