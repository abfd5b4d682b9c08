#pragma once

#include "orders.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace ims {

class ProblemsLabel;

class ServerListModel;

// Creates a private image from an ECS server: pick the server (searchable), stop it first if it
// runs (IMS refuses running servers, IMG.0008), name and describe the image, and see the quota
// before submitting; a full quota blocks submission with the reason.
class CreateImageDialog final : public QDialog {
    Q_OBJECT

public:
    explicit CreateImageDialog(ServerListModel *servers, QWidget *parent = nullptr);

    void setQuota(int used, int allowed);
    void setStopping(const QString &serverId, bool stopping);
    void setServerError(const QString &message);
    bool selectServer(const QString &serverId);
    CreateImageOrder order() const;
    QString problems() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *serverView() const { return m_view; }
    QPushButton *stopButton() const { return m_stop; }

signals:
    void stopRequested(const QString &serverId);
    void submitted(const ims::CreateImageOrder &order);

private:
    QString selectedServerId() const;
    void validate();

    ServerListModel *m_servers;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_serverState;
    QPushButton *m_stop;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QPlainTextEdit *m_tags;
    QSpinBox *m_minRam;
    QSpinBox *m_maxRam;
    QLabel *m_quota;
    ProblemsLabel *m_problems;
    QDialogButtonBox *m_buttons;
    QString m_stopping;
    QString m_keptSelection;
    std::optional<int> m_quotaLeft; // unknown until the quota arrives
};

} // namespace ims

Q_DECLARE_METATYPE(ims::CreateImageOrder)
