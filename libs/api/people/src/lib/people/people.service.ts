import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, toPage, type Page } from '@stint/api-core';
import type { PeopleFilter } from './dto/people.args';
import { PersonEntity } from '@stint/api-data';

@Injectable()
export class PeopleService {
  constructor(@InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>) {}

  findById(id: string): Promise<PersonEntity | null> {
    return this.people.findOneBy({ id });
  }

  /** A page ordered by name, keyset-paginated on (full_name, id); two statements per call. */
  async page(filter: PeopleFilter | null | undefined, first: number, after?: string | null): Promise<Page<PersonEntity>> {
    const filtered = () => this.applyFilter(this.people.createQueryBuilder('p'), filter);
    const query = filtered().orderBy('p.full_name', 'ASC').addOrderBy('p.id', 'ASC').limit(first + 1);
    if (after) {
      const [name, id] = decodeCursor(after, 2);
      query.andWhere('(p.full_name, p.id) > (:name, :id::uuid)', { name, id });
    }
    const [rows, totalCount] = await Promise.all([query.getMany(), filtered().getCount()]);
    return toPage(rows, first, totalCount, (row) => [row.fullName, row.id]);
  }

  private applyFilter(
    query: SelectQueryBuilder<PersonEntity>,
    filter: PeopleFilter | null | undefined,
  ): SelectQueryBuilder<PersonEntity> {
    const search = filter?.search?.trim();
    if (search) {
      // Matches the trigram index person_search_idx; LIKE wildcards in the input are literal.
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(`(p.full_name || ' ' || p.email || ' ' || p.employee_number) ILIKE :pattern`, { pattern });
    }
    if (filter?.departmentIds?.length) {
      query.andWhere('p.department_id IN (:...departmentIds)', { departmentIds: filter.departmentIds });
    }
    if (filter?.careerLevels?.length) {
      query.andWhere('p.career_level IN (:...careerLevels)', { careerLevels: filter.careerLevels });
    }
    return query;
  }
}
