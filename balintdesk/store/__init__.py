"""The group database with peewee: models, numbered migrations, backups, and one small
service a subject (roster, schedule, meetings, attendance, rota, leader log, timer)."""
