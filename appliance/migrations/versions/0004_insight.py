"""insight: the buyer's feedback on answers, articles written from content gaps, settled answer outcomes

Revision ID: 0004_insight
Revises: 0003_security
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0004_insight'
down_revision = '0003_security'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'answerfeedback',
        sa.Column('decision_id', sa.Integer(), nullable=False),
        sa.Column('conversation_id', sa.Integer(), nullable=False),
        sa.Column('helpful', sa.Boolean(), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['conversation_id'], ['conversation.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['decision_id'], ['decision.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('decision_id'),
    )
    op.create_index(op.f('ix_answerfeedback_conversation_id'), 'answerfeedback', ['conversation_id'], unique=False)
    op.create_table(
        'gaparticle',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('article_id', sa.Integer(), nullable=False),
        sa.Column('buyer_message_ids', sa.JSON(), nullable=False),
        sa.Column('question', sa.Text(), nullable=False),
        sa.Column('created_by', sa.Integer(), nullable=True),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['article_id'], ['knowledgearticle.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['created_by'], ['user.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(op.f('ix_gaparticle_article_id'), 'gaparticle', ['article_id'], unique=False)
    op.create_table(
        'decisionoutcome',
        sa.Column('decision_id', sa.Integer(), nullable=False),
        sa.Column('resolution', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('gap', sa.Boolean(), nullable=False),
        sa.Column('settled_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['decision_id'], ['decision.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('decision_id'),
    )


def downgrade() -> None:
    op.drop_table('decisionoutcome')
    op.drop_index(op.f('ix_gaparticle_article_id'), table_name='gaparticle')
    op.drop_table('gaparticle')
    op.drop_index(op.f('ix_answerfeedback_conversation_id'), table_name='answerfeedback')
    op.drop_table('answerfeedback')
