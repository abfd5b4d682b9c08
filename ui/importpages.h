#pragma once

#include "importrules.h"
#include "orders.h"

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace ims {

class ImportSourceForm;
class ImportWizard;
class LocalFileForm;
class ObsFileForm;
class ProblemsLabel;
class QueuedImageForm;
class ServerListModel;
class ServerSourceForm;
class BackupForm;

// Page 1: where the image comes from. One radio button per kind of source, and below it the
// form of the chosen one.
class ImportSourcePage final : public QWizardPage {
    Q_OBJECT

public:
    ImportSourcePage(rules::Api api, ServerListModel *servers);

    void fill(ImportOrder &order) const;
    void setSource(ImportOrder::Source source);
    bool isComplete() const override;
    int nextId() const override;
    bool validatePage() override;
    QString problem() const; // why Next is disabled, as shown

    LocalFileForm *localFile() const { return m_local; }
    ObsFileForm *obsFile() const { return m_obs; }
    ServerSourceForm *server() const { return m_server; }
    BackupForm *backup() const { return m_backup; }
    QueuedImageForm *queuedImage() const { return m_queued; }

private:
    ImportSourceForm *currentForm() const;
    void update();

    QButtonGroup *m_kinds;
    QStackedWidget *m_forms;
    LocalFileForm *m_local;
    ObsFileForm *m_obs;
    ServerSourceForm *m_server;
    BackupForm *m_backup;
    QueuedImageForm *m_queued;
    QLabel *m_hint;
};

// Page 2: what the image is: name, description, OS, disk format (detected from a local file),
// min disk and RAM, tags, system or data disk, quick import. Fields a source does not use are
// hidden; every entry is checked as it is typed.
class ImportDetailsPage final : public QWizardPage {
    Q_OBJECT

public:
    ImportDetailsPage();

    void initializePage() override;
    bool isComplete() const override;
    void fill(ImportOrder &order) const;
    // The cloud's OS versions (GET /v1/cloudimages/os_version), for the searchable list.
    void setOsVersions(const QList<OsVersion> &versions);
    QString problems() const;
    QString formatText() const; // what the page says of the file's format

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *osBox() const { return m_os; }
    QComboBox *formatBox() const { return m_format; }
    QSpinBox *minDiskBox() const { return m_minDisk; }
    QSpinBox *minRamBox() const { return m_minRam; }
    QSpinBox *maxRamBox() const { return m_maxRam; }
    QPlainTextEdit *tagsEdit() const { return m_tags; }
    QRadioButton *dataDiskButton() const { return m_dataDisk; }
    QCheckBox *quickBox() const { return m_quick; }

private:
    ImportWizard *importWizard() const;
    ImportOrder::Source source() const;
    void showFile();
    void validate();
    void setRowVisible(QWidget *field, bool visible);

    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_os;
    QComboBox *m_format;
    QLabel *m_detected;
    QSpinBox *m_minDisk;
    QSpinBox *m_minRam;
    QSpinBox *m_maxRam;
    QPlainTextEdit *m_tags;
    QRadioButton *m_systemDisk;
    QRadioButton *m_dataDisk;
    QCheckBox *m_quick;
    ProblemsLabel *m_problems;
    bool m_minDiskTouched = false; // the user's own value is kept over the file's
    bool m_formatTouched = false;
    QString m_shownFile;     // the file the format and min disk were taken from
    QString m_suggestedName; // the name last suggested, replaced while the user keeps it
};

// Page 3: rules::checkImport with what is known (file, quota, OS list): the problems (Start
// stays disabled while there is one), the notes, and what will happen, in plain words.
class ImportCheckPage final : public QWizardPage {
    Q_OBJECT

public:
    ImportCheckPage();

    void initializePage() override;
    bool isComplete() const override;
    const rules::ImportCheck &check() const { return m_check; }
    QString summary() const;
    QString notes() const;
    QString problems() const;

private:
    ImportWizard *importWizard() const;
    void recheck();

    QLabel *m_summary;
    QLabel *m_notes;
    ProblemsLabel *m_problems;
    rules::ImportCheck m_check;
    bool m_waitingForFile = false;
};

// What the import will do, in a sentence or two for a person.
QString describeImport(const ImportOrder &order, const std::optional<diskimage::Info> &file);

} // namespace ims
