"""The whole data model, and the triggers that keep the audit trail append-only.

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 10:58:25.149101
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('conference_id', sa.Integer(), nullable=True),
    sa.Column('participant_id', sa.Integer(), nullable=True),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('entity_uid', sa.String(length=32), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entries'))
    )
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entries_conference', ['conference_id'], unique=False)
        batch_op.create_index('ix_audit_entries_participant', ['participant_id'], unique=False)

    op.create_table('conferences',
    sa.Column('reference', sa.String(length=40), nullable=False),
    sa.Column('family_name', sa.String(length=120), nullable=False),
    sa.Column('stage', sa.Enum('referral', 'preparation', 'meeting', 'plan', 'review', 'closed', name='stage', native_enum=False, length=32), nullable=False),
    sa.Column('coordinator_name', sa.String(length=120), nullable=False),
    sa.Column('referral_date', sa.Date(), nullable=True),
    sa.Column('referrer_name', sa.String(length=120), nullable=False),
    sa.Column('referrer_role', sa.String(length=120), nullable=False),
    sa.Column('referrer_team', sa.String(length=120), nullable=False),
    sa.Column('referrer_phone', sa.String(length=40), nullable=False),
    sa.Column('referrer_email', sa.String(length=120), nullable=False),
    sa.Column('reason_for_referral', sa.Text(), nullable=False),
    sa.Column('worries', sa.Text(), nullable=False),
    sa.Column('strengths', sa.Text(), nullable=False),
    sa.Column('bottom_lines', sa.Text(), nullable=False),
    sa.Column('questions', sa.Text(), nullable=False),
    sa.Column('target_meeting_date', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conferences')),
    sa.UniqueConstraint('reference', name=op.f('uq_conferences_reference')),
    sa.UniqueConstraint('uid', name=op.f('uq_conferences_uid'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('meetings',
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('conference', 'review', name='meetingkind', native_enum=False, length=32), nullable=False),
    sa.Column('status', sa.Enum('planned', 'held', 'postponed', 'cancelled', name='meetingstatus', native_enum=False, length=32), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('venue_name', sa.String(length=160), nullable=False),
    sa.Column('venue_address', sa.Text(), nullable=False),
    sa.Column('venue_access', sa.Text(), nullable=False),
    sa.Column('food', sa.Text(), nullable=False),
    sa.Column('dietary_needs', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('childcare', sa.Text(), nullable=False),
    sa.Column('travel_help', sa.Text(), nullable=False),
    sa.Column('private_time_planned', sa.Boolean(), nullable=False),
    sa.Column('private_time_notes', sa.Text(), nullable=False),
    sa.Column('safety_arrangements', sa.Text(), nullable=False),
    sa.Column('information_start', sa.DateTime(timezone=True), nullable=True),
    sa.Column('information_end', sa.DateTime(timezone=True), nullable=True),
    sa.Column('private_time_start', sa.DateTime(timezone=True), nullable=True),
    sa.Column('private_time_end', sa.DateTime(timezone=True), nullable=True),
    sa.Column('agreement_start', sa.DateTime(timezone=True), nullable=True),
    sa.Column('agreement_end', sa.DateTime(timezone=True), nullable=True),
    sa.Column('private_time_without_professionals', sa.Boolean(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_meetings_conference_id_conferences'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings')),
    sa.UniqueConstraint('uid', name=op.f('uq_meetings_uid'))
    )
    op.create_table('participants',
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('given_name', sa.String(length=80), nullable=False),
    sa.Column('family_name', sa.String(length=80), nullable=False),
    sa.Column('known_as', sa.String(length=80), nullable=False),
    sa.Column('role', sa.Enum('family', 'friend', 'child', 'professional', 'advocate', 'interpreter', 'support_person', name='role', native_enum=False, length=32), nullable=False),
    sa.Column('relationship_to_child', sa.String(length=120), nullable=False),
    sa.Column('has_parental_responsibility', sa.Boolean(), nullable=False),
    sa.Column('is_subject_child', sa.Boolean(), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('child_participation', sa.Enum('undecided', 'attends', 'attends_part', 'written_views', 'recorded_views', 'advocate_speaks', 'not_taking_part', name='childparticipation', native_enum=False, length=32), nullable=False),
    sa.Column('advocate_id', sa.Integer(), nullable=True),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('contact_confidential', sa.Boolean(), nullable=False),
    sa.Column('confidential_reason', sa.Text(), nullable=False),
    sa.Column('preferred_language', sa.String(length=16), nullable=False),
    sa.Column('needs_interpreter', sa.Boolean(), nullable=False),
    sa.Column('interpreter_language', sa.String(length=16), nullable=False),
    sa.Column('access_needs', sa.Text(), nullable=False),
    sa.Column('needs_childcare', sa.Boolean(), nullable=False),
    sa.Column('needs_travel_help', sa.Boolean(), nullable=False),
    sa.Column('other_needs', sa.Text(), nullable=False),
    sa.Column('invitation_status', sa.Enum('undecided', 'to_invite', 'invited', 'not_invited', name='invitationstatus', native_enum=False, length=32), nullable=False),
    sa.Column('invited_on', sa.Date(), nullable=True),
    sa.Column('reply_status', sa.Enum('awaiting', 'coming', 'not_coming', 'views_another_way', name='replystatus', native_enum=False, length=32), nullable=False),
    sa.Column('replied_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['advocate_id'], ['participants.id'], name=op.f('fk_participants_advocate_id_participants'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_participants_conference_id_conferences'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participants')),
    sa.UniqueConstraint('uid', name=op.f('uq_participants_uid'))
    )
    op.create_table('step_marks',
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('step_key', sa.String(length=60), nullable=False),
    sa.Column('state', sa.Enum('done_by_hand', 'not_applicable', name='stepstate', native_enum=False, length=32), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('marked_by', sa.String(length=120), nullable=False),
    sa.Column('marked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_step_marks_conference_id_conferences'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_marks')),
    sa.UniqueConstraint('conference_id', 'step_key', name=op.f('uq_step_marks_conference_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_step_marks_uid'))
    )
    op.create_table('text_translations',
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('owner_uid', sa.String(length=32), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('translated_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_text_translations_conference_id_conferences'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_text_translations')),
    sa.UniqueConstraint('owner_uid', 'field', 'language', name=op.f('uq_text_translations_owner_uid')),
    sa.UniqueConstraint('uid', name=op.f('uq_text_translations_uid'))
    )
    op.create_table('consent_records',
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('event', sa.Enum('given', 'refused', 'withdrawn', name='consentevent', native_enum=False, length=32), nullable=False),
    sa.Column('by_name', sa.String(length=120), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=True),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_consent_records_conference_id_conferences'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_consent_records_participant_id_participants'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_records')),
    sa.UniqueConstraint('uid', name=op.f('uq_consent_records_uid'))
    )
    op.create_table('information_items',
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=160), nullable=False),
    sa.Column('category', sa.Enum('worries', 'health', 'police', 'child_words', 'contact_details', 'invitee_list', 'other', name='informationcategory', native_enum=False, length=32), nullable=False),
    sa.Column('sensitivity', sa.Enum('ordinary', 'sensitive', 'highly_sensitive', name='sensitivity', native_enum=False, length=32), nullable=False),
    sa.Column('about_participant_id', sa.Integer(), nullable=True),
    sa.Column('needs_family_consent', sa.Boolean(), nullable=False),
    sa.Column('family_consent', sa.Boolean(), nullable=True),
    sa.Column('family_consent_by', sa.String(length=120), nullable=False),
    sa.Column('family_consent_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['about_participant_id'], ['participants.id'], name=op.f('fk_information_items_about_participant_id_participants'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_information_items_conference_id_conferences'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_information_items')),
    sa.UniqueConstraint('uid', name=op.f('uq_information_items_uid'))
    )
    op.create_table('interpreter_bookings',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('booked', sa.Boolean(), nullable=False),
    sa.Column('interpreter_name', sa.String(length=120), nullable=False),
    sa.Column('agency', sa.String(length=120), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_interpreter_bookings_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interpreter_bookings')),
    sa.UniqueConstraint('uid', name=op.f('uq_interpreter_bookings_uid'))
    )
    op.create_table('meeting_attendees',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('session', sa.Enum('whole', 'information_only', 'family_time_only', 'separate', name='meetingsession', native_enum=False, length=32), nullable=False),
    sa.Column('attendance', sa.Enum('expected', 'attended', 'attended_part', 'views_another_way', 'absent', name='attendance', native_enum=False, length=32), nullable=False),
    sa.Column('views_another_way', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_attendees_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_meeting_attendees_participant_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_attendees')),
    sa.UniqueConstraint('meeting_id', 'participant_id', name=op.f('uq_meeting_attendees_meeting_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_meeting_attendees_uid'))
    )
    op.create_table('meeting_choices',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('time', 'place', 'food', 'language', 'interpreter', 'invitees', 'child_participation', 'private_family_time', 'childcare', 'travel', name='choicekind', native_enum=False, length=32), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('made_by', sa.Enum('family', 'coordinator', 'together', name='choicemadeby', native_enum=False, length=32), nullable=False),
    sa.Column('made_by_participant_id', sa.Integer(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['made_by_participant_id'], ['participants.id'], name=op.f('fk_meeting_choices_made_by_participant_id_participants'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_choices_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_choices')),
    sa.UniqueConstraint('meeting_id', 'kind', name=op.f('uq_meeting_choices_meeting_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_meeting_choices_uid'))
    )
    op.create_table('outcomes',
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('months_after', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=True),
    sa.Column('living', sa.Enum('with_parents', 'with_family_or_friends', 'looked_after', 'other', name='livingarrangement', native_enum=False, length=32), nullable=True),
    sa.Column('care_proceedings_issued', sa.Boolean(), nullable=True),
    sa.Column('proceedings_issued_on', sa.Date(), nullable=True),
    sa.Column('looked_after_since', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['participants.id'], name=op.f('fk_outcomes_child_id_participants'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_outcomes_conference_id_conferences'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outcomes')),
    sa.UniqueConstraint('child_id', 'months_after', name=op.f('uq_outcomes_child_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_outcomes_uid'))
    )
    op.create_table('plan_versions',
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('based_on_id', sa.Integer(), nullable=True),
    sa.Column('made_at_meeting_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('draft', 'presented', 'agreed', 'not_agreed', 'superseded', name='planstatus', native_enum=False, length=32), nullable=False),
    sa.Column('created_on', sa.Date(), nullable=False),
    sa.Column('referrer_decision', sa.Enum('pending', 'agreed', 'not_agreed', name='referrerdecision', native_enum=False, length=32), nullable=False),
    sa.Column('referrer_reasons', sa.Text(), nullable=False),
    sa.Column('referrer_decided_on', sa.Date(), nullable=True),
    sa.Column('help_from_services', sa.Text(), nullable=False),
    sa.Column('backup_plan', sa.Text(), nullable=False),
    sa.Column('monitoring', sa.Text(), nullable=False),
    sa.Column('review_date', sa.Date(), nullable=True),
    sa.Column('family_lead_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['based_on_id'], ['plan_versions.id'], name=op.f('fk_plan_versions_based_on_id_plan_versions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_plan_versions_conference_id_conferences'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['family_lead_id'], ['participants.id'], name=op.f('fk_plan_versions_family_lead_id_participants'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['made_at_meeting_id'], ['meetings.id'], name=op.f('fk_plan_versions_made_at_meeting_id_meetings'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_versions')),
    sa.UniqueConstraint('conference_id', 'number', name=op.f('uq_plan_versions_conference_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_plan_versions_uid'))
    )
    op.create_table('preparation_contacts',
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('contact_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('visit', 'phone_call', 'video_call', 'message', name='contactkind', native_enum=False, length=32), nullable=False),
    sa.Column('by_whom', sa.String(length=120), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('explained', sa.JSON(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_preparation_contacts_conference_id_conferences'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_preparation_contacts_participant_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_preparation_contacts')),
    sa.UniqueConstraint('uid', name=op.f('uq_preparation_contacts_uid'))
    )
    op.create_table('separations',
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('first_id', sa.Integer(), nullable=False),
    sa.Column('second_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('arrangement', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_separations_conference_id_conferences'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['first_id'], ['participants.id'], name=op.f('fk_separations_first_id_participants'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['second_id'], ['participants.id'], name=op.f('fk_separations_second_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_separations')),
    sa.UniqueConstraint('uid', name=op.f('uq_separations_uid'))
    )
    op.create_table('plan_actions',
    sa.Column('plan_version_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('who', sa.Text(), nullable=False),
    sa.Column('by_when', sa.Date(), nullable=True),
    sa.Column('by_when_text', sa.String(length=120), nullable=False),
    sa.Column('how_known', sa.Text(), nullable=False),
    sa.Column('who_checks', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('not_started', 'in_progress', 'done', 'not_done', name='actionstatus', native_enum=False, length=32), nullable=False),
    sa.Column('status_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['plan_version_id'], ['plan_versions.id'], name=op.f('fk_plan_actions_plan_version_id_plan_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_actions')),
    sa.UniqueConstraint('uid', name=op.f('uq_plan_actions_uid'))
    )
    op.create_table('plan_recipients',
    sa.Column('plan_version_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.Enum('handed_over', 'posted', 'emailed', name='deliverymethod', native_enum=False, length=32), nullable=True),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_plan_recipients_participant_id_participants'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_version_id'], ['plan_versions.id'], name=op.f('fk_plan_recipients_plan_version_id_plan_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_recipients')),
    sa.UniqueConstraint('plan_version_id', 'participant_id', name=op.f('uq_plan_recipients_plan_version_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_plan_recipients_uid'))
    )
    op.create_table('produced_documents',
    sa.Column('conference_id', sa.Integer(), nullable=False),
    sa.Column('recipient_id', sa.Integer(), nullable=True),
    sa.Column('recipient_name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('carried_items', sa.JSON(), nullable=False),
    sa.Column('plan_version_id', sa.Integer(), nullable=True),
    sa.Column('produced_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('produced_by', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conferences.id'], name=op.f('fk_produced_documents_conference_id_conferences'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_version_id'], ['plan_versions.id'], name=op.f('fk_produced_documents_plan_version_id_plan_versions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['recipient_id'], ['participants.id'], name=op.f('fk_produced_documents_recipient_id_participants'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_produced_documents')),
    sa.UniqueConstraint('uid', name=op.f('uq_produced_documents_uid'))
    )
    op.create_table('sharing_decisions',
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('choice', sa.Enum('share', 'summary', 'withhold', name='sharingchoice', native_enum=False, length=32), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('decided_by', sa.String(length=120), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['information_items.id'], name=op.f('fk_sharing_decisions_item_id_information_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_sharing_decisions_participant_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sharing_decisions')),
    sa.UniqueConstraint('item_id', 'participant_id', name=op.f('uq_sharing_decisions_item_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_sharing_decisions_uid'))
    )
    op.create_table('action_notes',
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('written_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('by_whom', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['plan_actions.id'], name=op.f('fk_action_notes_action_id_plan_actions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_notes')),
    sa.UniqueConstraint('uid', name=op.f('uq_action_notes_uid'))
    )
    _make_audit_trail_append_only()


_REFUSAL = "The audit trail cannot be changed."


def _make_audit_trail_append_only() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_entries_no_{verb.lower()} BEFORE {verb} ON audit_entries "
                f"BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END"
            )
    elif dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_entries_refuse() RETURNS trigger AS $$ "
            f"BEGIN RAISE EXCEPTION '{_REFUSAL}'; END; $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries "
            "FOR EACH ROW EXECUTE FUNCTION audit_entries_refuse()"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_delete")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries")
        op.execute("DROP FUNCTION IF EXISTS audit_entries_refuse()")
    op.drop_table('action_notes')
    op.drop_table('sharing_decisions')
    op.drop_table('produced_documents')
    op.drop_table('plan_recipients')
    op.drop_table('plan_actions')
    op.drop_table('separations')
    op.drop_table('preparation_contacts')
    op.drop_table('plan_versions')
    op.drop_table('outcomes')
    op.drop_table('meeting_choices')
    op.drop_table('meeting_attendees')
    op.drop_table('interpreter_bookings')
    op.drop_table('information_items')
    op.drop_table('consent_records')
    op.drop_table('text_translations')
    op.drop_table('step_marks')
    op.drop_table('participants')
    op.drop_table('meetings')
    op.drop_table('settings')
    op.drop_table('conferences')
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entries_participant')
        batch_op.drop_index('ix_audit_entries_conference')

    op.drop_table('audit_entries')
