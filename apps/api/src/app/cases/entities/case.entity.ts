import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { CaseChannel, CaseClassification } from '@simpul/contracts';

@Entity({ name: 'case' })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32, unique: true })
  number!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 32 })
  classification!: CaseClassification;

  @Column({ type: 'varchar', length: 32 })
  channel!: CaseChannel;

  @Column({ type: 'varchar', length: 64 })
  category!: string;

  @Column({ type: 'varchar', length: 32, default: 'new' })
  status!: string;

  @Column({ name: 'intake_agency_id', type: 'uuid' })
  intakeAgencyId!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'regency_code', type: 'varchar', length: 8, nullable: true })
  regencyCode!: string | null;

  @Column({ name: 'location_text', type: 'text', nullable: true })
  locationText!: string | null;

  @Column({ name: 'incident_date', type: 'date', nullable: true })
  incidentDate!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
