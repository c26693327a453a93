"""Indexes on every link to a parent, and a lawful way to purge a deleted conference's history.

The audit trail stays append-only, except that the entries of a conference
named in ``audit_purges`` (up to its ``last_entry_id``) may be deleted when the
service's retention period ends. Purges themselves can never change.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 12:06:08.823799
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_purges',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=40), nullable=False),
    sa.Column('last_entry_id', sa.Integer(), nullable=False),
    sa.Column('purged_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('purged_by', sa.String(length=120), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_purges'))
    )
    with op.batch_alter_table('action_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_notes_action_id'), ['action_id'], unique=False)

    with op.batch_alter_table('consent_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_records_conference_id'), ['conference_id'], unique=False)

    with op.batch_alter_table('information_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_information_items_conference_id'), ['conference_id'], unique=False)

    with op.batch_alter_table('interpreter_bookings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interpreter_bookings_meeting_id'), ['meeting_id'], unique=False)

    with op.batch_alter_table('meeting_attendees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendees_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_attendees_participant_id'), ['participant_id'], unique=False)

    with op.batch_alter_table('meeting_choices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_choices_meeting_id'), ['meeting_id'], unique=False)

    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_conference_id'), ['conference_id'], unique=False)

    with op.batch_alter_table('outcomes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outcomes_conference_id'), ['conference_id'], unique=False)

    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participants_conference_id'), ['conference_id'], unique=False)

    with op.batch_alter_table('plan_actions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_actions_plan_version_id'), ['plan_version_id'], unique=False)

    with op.batch_alter_table('plan_recipients', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_recipients_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_recipients_plan_version_id'), ['plan_version_id'], unique=False)

    with op.batch_alter_table('plan_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_versions_conference_id'), ['conference_id'], unique=False)

    with op.batch_alter_table('preparation_contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_preparation_contacts_conference_id'), ['conference_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_preparation_contacts_participant_id'), ['participant_id'], unique=False)

    with op.batch_alter_table('produced_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_produced_documents_conference_id'), ['conference_id'], unique=False)

    with op.batch_alter_table('separations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_separations_conference_id'), ['conference_id'], unique=False)

    with op.batch_alter_table('sharing_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sharing_decisions_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sharing_decisions_participant_id'), ['participant_id'], unique=False)

    with op.batch_alter_table('step_marks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_step_marks_conference_id'), ['conference_id'], unique=False)

    with op.batch_alter_table('text_translations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_text_translations_conference_id'), ['conference_id'], unique=False)
    _allow_purges_only()


_REFUSAL = "The audit trail cannot be changed."
_PURGE_ALLOWED = (
    "EXISTS (SELECT 1 FROM audit_purges p WHERE p.conference_id = OLD.conference_id "
    "AND OLD.id <= p.last_entry_id)"
)


def _allow_purges_only() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER audit_entries_no_delete")
        op.execute(
            "CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries "
            f"WHEN NOT {_PURGE_ALLOWED} BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END"
        )
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_purges_no_{verb.lower()} BEFORE {verb} ON audit_purges "
                f"BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END"
            )
    elif dialect == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION audit_entries_refuse() RETURNS trigger AS $$ "
            f"BEGIN IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_entries' AND {_PURGE_ALLOWED} "
            f"THEN RETURN OLD; END IF; RAISE EXCEPTION '{_REFUSAL}'; END; $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER audit_purges_append_only BEFORE UPDATE OR DELETE ON audit_purges "
            "FOR EACH ROW EXECUTE FUNCTION audit_entries_refuse()"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER audit_purges_no_update")
        op.execute("DROP TRIGGER audit_purges_no_delete")
        op.execute("DROP TRIGGER audit_entries_no_delete")
        op.execute(
            "CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries "
            f"BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END"
        )
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER audit_purges_append_only ON audit_purges")
        op.execute(
            "CREATE OR REPLACE FUNCTION audit_entries_refuse() RETURNS trigger AS $$ "
            f"BEGIN RAISE EXCEPTION '{_REFUSAL}'; END; $$ LANGUAGE plpgsql"
        )
    with op.batch_alter_table('text_translations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_text_translations_conference_id'))

    with op.batch_alter_table('step_marks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_step_marks_conference_id'))

    with op.batch_alter_table('sharing_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sharing_decisions_participant_id'))
        batch_op.drop_index(batch_op.f('ix_sharing_decisions_item_id'))

    with op.batch_alter_table('separations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_separations_conference_id'))

    with op.batch_alter_table('produced_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_produced_documents_conference_id'))

    with op.batch_alter_table('preparation_contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_preparation_contacts_participant_id'))
        batch_op.drop_index(batch_op.f('ix_preparation_contacts_conference_id'))

    with op.batch_alter_table('plan_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_versions_conference_id'))

    with op.batch_alter_table('plan_recipients', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_recipients_plan_version_id'))
        batch_op.drop_index(batch_op.f('ix_plan_recipients_participant_id'))

    with op.batch_alter_table('plan_actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_actions_plan_version_id'))

    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participants_conference_id'))

    with op.batch_alter_table('outcomes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outcomes_conference_id'))

    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_conference_id'))

    with op.batch_alter_table('meeting_choices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_choices_meeting_id'))

    with op.batch_alter_table('meeting_attendees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attendees_participant_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_attendees_meeting_id'))

    with op.batch_alter_table('interpreter_bookings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interpreter_bookings_meeting_id'))

    with op.batch_alter_table('information_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_information_items_conference_id'))

    with op.batch_alter_table('consent_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_records_conference_id'))

    with op.batch_alter_table('action_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_notes_action_id'))

    op.drop_table('audit_purges')
