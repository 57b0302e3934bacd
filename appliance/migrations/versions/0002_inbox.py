"""the reps' inbox: ownership states, one decision per buyer message, notes, presence, team hours, email outbox

Revision ID: 0002_inbox
Revises: 0001
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

import appliance.domain.types

revision = '0002_inbox'
down_revision = '0001'
branch_labels = None
depends_on = None

NEW_STATES = ('WAITING', 'ASSIGNED')


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        with op.get_context().autocommit_block():  # new enum values must be committed before they are used
            for state in NEW_STATES:
                op.execute(f"ALTER TYPE conversationstatus ADD VALUE IF NOT EXISTS '{state}'")
    with op.batch_alter_table('conversation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('handoff_reason', sqlmodel.sql.sqltypes.AutoString(length=500),
                                      server_default='', nullable=False))
        batch_op.add_column(sa.Column('handed_off_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('first_human_reply_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('agent_resumes_after', sa.Integer(), server_default='0', nullable=False))
        if bind.dialect.name != 'postgresql':
            batch_op.alter_column('status', existing_type=sa.Enum('AGENT', 'HANDOFF', 'CLOSED',
                                                                  name='conversationstatus'),
                                  type_=sa.Enum('AGENT', 'WAITING', 'ASSIGNED', 'CLOSED', name='conversationstatus'),
                                  existing_nullable=False)
    # A handed-off conversation of the old model waits for whoever it was routed to.
    op.execute("UPDATE conversation SET status = 'WAITING', handed_off_at = updated_at WHERE status = 'HANDOFF'")
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.add_column(sa.Column('author_user_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_message_author_user_id', 'user', ['author_user_id'], ['id'])
    # One decision per buyer message: keep the first of any duplicates the old race stored.
    op.execute("DELETE FROM decision WHERE id NOT IN (SELECT MIN(id) FROM decision GROUP BY buyer_message_id)")
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.create_unique_constraint('uq_decision_buyer_message', ['buyer_message_id'])
    op.create_table(
        'conversationnote',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('conversation_id', sa.Integer(), nullable=False),
        sa.Column('author_user_id', sa.Integer(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['author_user_id'], ['user.id']),
        sa.ForeignKeyConstraint(['conversation_id'], ['conversation.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_conversationnote_conversation_id', 'conversationnote', ['conversation_id'])
    op.create_table(
        'reppresence',
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('last_seen_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['user.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id'),
    )
    op.create_table(
        'teamschedule',
        sa.Column('team_id', sa.Integer(), nullable=False),
        sa.Column('timezone', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('periods', sa.JSON(), nullable=False),
        sa.Column('holidays', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['team_id'], ['team.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('team_id'),
    )
    op.create_table(
        'conversationread',
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('conversation_id', sa.Integer(), nullable=False),
        sa.Column('last_read_message_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['user.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['conversation_id'], ['conversation.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id', 'conversation_id'),
    )
    op.create_table(
        'outboxemail',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('to_address', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
        sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('state', sa.Enum('PENDING', 'SENT', 'DROPPED', name='outboxstate'), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('next_attempt_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('sent_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_outboxemail_state', 'outboxemail', ['state'])
    op.create_index('ix_outboxemail_next_attempt_at', 'outboxemail', ['next_attempt_at'])


def downgrade() -> None:
    op.drop_index('ix_outboxemail_next_attempt_at', table_name='outboxemail')
    op.drop_index('ix_outboxemail_state', table_name='outboxemail')
    op.drop_table('outboxemail')
    op.execute("DROP TYPE IF EXISTS outboxstate") if op.get_bind().dialect.name == 'postgresql' else None
    op.drop_table('conversationread')
    op.drop_table('teamschedule')
    op.drop_table('reppresence')
    op.drop_index('ix_conversationnote_conversation_id', table_name='conversationnote')
    op.drop_table('conversationnote')
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.drop_constraint('uq_decision_buyer_message', type_='unique')
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.drop_constraint('fk_message_author_user_id', type_='foreignkey')
        batch_op.drop_column('author_user_id')
    op.execute("UPDATE conversation SET status = 'HANDOFF' WHERE status IN ('WAITING', 'ASSIGNED')")
    with op.batch_alter_table('conversation', schema=None) as batch_op:
        batch_op.drop_column('agent_resumes_after')
        batch_op.drop_column('first_human_reply_at')
        batch_op.drop_column('handed_off_at')
        batch_op.drop_column('handoff_reason')
