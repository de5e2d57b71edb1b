// SPDX-License-Identifier: Apache-2.0
#include "ui/connections/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

namespace lakescope::ui {

namespace {

SecretStore::Outcome outcomeOf(const QKeychain::Job &job)
{
    using Status = SecretStore::Outcome::Status;
    SecretStore::Outcome outcome;
    switch (job.error()) {
    case QKeychain::NoError:
        return outcome;
    case QKeychain::EntryNotFound:
        outcome.status = Status::NotFound;
        return outcome;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        outcome.status = Status::Unavailable;
        break;
    case QKeychain::OtherError:
        // Without a Secret Service on the session bus, QtKeychain gives up
        // with OtherError (libsecret) rather than NoBackendAvailable; to the
        // user both mean "there is no keychain here".
        outcome.status = Status::Unavailable;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::CouldNotDeleteEntry:
        outcome.status = Status::Failed;
        break;
    }
    outcome.message = job.errorString();
    return outcome;
}

template<typename JobType>
JobType *startJob(const QString &service, const QString &id, QObject *context, SecretStore::Done done,
    std::function<void(JobType &, SecretStore::Outcome &)> onSuccess = {})
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(id);
    QObject::connect(job, &QKeychain::Job::finished, context,
        [job, done = std::move(done), onSuccess = std::move(onSuccess)](QKeychain::Job *) {
            SecretStore::Outcome outcome = outcomeOf(*job);
            if (outcome.ok() && onSuccess)
                onSuccess(*job, outcome);
            if (done)
                done(outcome);
        });
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultService(), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

QString KeychainSecretStore::description() const
{
    return tr("the system keychain");
}

void KeychainSecretStore::read(const QString &id, Done done)
{
    auto *job = startJob<QKeychain::ReadPasswordJob>(m_service, id, this, std::move(done),
        [](QKeychain::ReadPasswordJob &finished, Outcome &outcome) { outcome.secret = finished.textData(); });
    job->start();
}

void KeychainSecretStore::write(const QString &id, const QString &secret, Done done)
{
    auto *job = startJob<QKeychain::WritePasswordJob>(m_service, id, this, std::move(done));
    job->setTextData(secret);
    job->start();
}

void KeychainSecretStore::remove(const QString &id, Done done)
{
    auto *job
        = startJob<QKeychain::DeletePasswordJob>(m_service, id, this, [done = std::move(done)](const Outcome &outcome) {
              if (!done)
                  return;
              // Removing what is not there is what the caller wanted.
              if (outcome.status == Outcome::Status::NotFound)
                  done(Outcome {});
              else
                  done(outcome);
          });
    job->start();
}

} // namespace lakescope::ui
