"""security: the sign-in audit log (also the source of the sign-in throttle)

Revision ID: 0003_security
Revises: 0002_inbox
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0003_security'
down_revision = '0002_inbox'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'signinattempt',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
        sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('outcome', sa.Enum('SUCCESS', 'FAILURE', 'THROTTLED', 'REFUSED', name='signinoutcome'),
                  nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['user.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(op.f('ix_signinattempt_address'), 'signinattempt', ['address'], unique=False)
    op.create_index(op.f('ix_signinattempt_at'), 'signinattempt', ['at'], unique=False)
    op.create_index(op.f('ix_signinattempt_email'), 'signinattempt', ['email'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_signinattempt_email'), table_name='signinattempt')
    op.drop_index(op.f('ix_signinattempt_at'), table_name='signinattempt')
    op.drop_index(op.f('ix_signinattempt_address'), table_name='signinattempt')
    op.drop_table('signinattempt')
    if op.get_bind().dialect.name == 'postgresql':
        sa.Enum(name='signinoutcome').drop(op.get_bind(), checkfirst=True)
