#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cd {
class Database;
}

namespace cd::ui {

// The court's rooms: physical courtrooms and virtual rooms for internet hearings. A room is
// closed for new bookings rather than deleted, so past bookings keep their room.
class CourtroomsDialog : public QDialog
{
    Q_OBJECT
public:
    CourtroomsDialog(Database& db, const QString& actor, QWidget* parent = nullptr);

    bool addRoom(const QString& name, const QString& kind, const QString& location);
    QTableWidget* table() const { return m_table; }

private:
    void reload();
    void saveSelected();
    void showSelected();

    Database& m_db;
    QString m_actor;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_location;
    QCheckBox* m_active;
    QLabel* m_message;
};

} // namespace cd::ui
