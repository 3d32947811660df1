import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { DepartmentEntity } from '@stint/api-data';

@Injectable()
export class DepartmentsService {
  constructor(@InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>) {}

  findAll(): Promise<DepartmentEntity[]> {
    return this.departments.find({ order: { name: 'ASC' } });
  }

  /** For loaders: one query for many ids, answered in the order asked. */
  async findByIds(ids: readonly string[]): Promise<(DepartmentEntity | undefined)[]> {
    const rows = await this.departments.findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id));
  }

  /** People employed on `day` per department, in one grouped query. */
  async headcounts(ids: readonly string[], day: string): Promise<number[]> {
    const rows: { department_id: string; n: number }[] = await this.departments.query(
      `SELECT department_id, count(*)::int AS n
         FROM person
        WHERE department_id = ANY($1::uuid[])
          AND hired_on <= $2::date AND (left_on IS NULL OR left_on > $2::date)
        GROUP BY department_id`,
      [ids, day],
    );
    const byId = new Map(rows.map((row) => [row.department_id, row.n]));
    return ids.map((id) => byId.get(id) ?? 0);
  }
}
